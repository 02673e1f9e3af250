from enum import StrEnum


class RoleName(StrEnum):
    CAPTIONER = "captioner"
    GRANTED_VIEWER = "granted_viewer"
    GRANTED_VISITOR = "granted_visitor"
    HOST = "host"
    MEMBER = "member"
    OWNER = "owner"
    RECORDER = "recorder"
    STREAMER = "streamer"
    VIEWER = "viewer"
    VISITOR = "visitor"

    @classmethod
    def _missing_(cls, value: object) -> "RoleName | None":
        # The API may add values inside v1. An unseen value becomes a pseudo-member that
        # compares equal to its string, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this version of the client was not generated with."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
