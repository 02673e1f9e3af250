from enum import StrEnum


class TranscriptionLanguage(StrEnum):
    CA = "ca"
    CS = "cs"
    DA = "da"
    DE = "de"
    DE_CH = "de-CH"
    EL = "el"
    EN = "en"
    ES = "es"
    FI = "fi"
    FR = "fr"
    HI = "hi"
    ID = "id"
    IT = "it"
    JA = "ja"
    KO = "ko"
    LV = "lv"
    MS = "ms"
    NL = "nl"
    NO = "no"
    PL = "pl"
    PT = "pt"
    PT_BR = "pt-BR"
    RO = "ro"
    RU = "ru"
    SK = "sk"
    SV = "sv"
    TH = "th"
    TR = "tr"
    UK = "uk"
    VI = "vi"
    ZH = "zh"
    ZH_TW = "zh-TW"

    @classmethod
    def _missing_(cls, value: object) -> "TranscriptionLanguage | None":
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
