from enum import StrEnum


class RecordingSortBy(StrEnum):
    DURATION_ASC = "duration:asc"
    DURATION_DESC = "duration:desc"
    ROOM_NAME_ASC = "roomName:asc"
    ROOM_NAME_DESC = "roomName:desc"
    SIZE_IN_MEGA_BYTES_ASC = "sizeInMegaBytes:asc"
    SIZE_IN_MEGA_BYTES_DESC = "sizeInMegaBytes:desc"
    START_DATE_ASC = "startDate:asc"
    START_DATE_DESC = "startDate:desc"

    @classmethod
    def _missing_(cls, value: object) -> "RecordingSortBy | None":
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
