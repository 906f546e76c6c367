"""Resident identity numbers (GB 11643-1999): cleaning, validation, 15→18 conversion.

Spreadsheets mangle IDs in predictable ways; we repair the harmless ones (full-width digits,
spaces, lower-case x) and refuse the destructive ones (scientific notation), because a
guessed ID would silently point at the wrong person.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.i18n import translate

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９ｘＸ", "0123456789xX"
)
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE][+]?\d+$")


def _t(text: str) -> str:
    return translate("idnumber", text)


class IdNumberError(ValueError):
    """An ID that cannot be accepted; the message names the problem in Chinese."""


@dataclass(frozen=True)
class IdNumber:
    number: str  # always the 18-character form
    birth_date: dt.date
    sex: str  # "M" or "F"
    original: str  # what was typed, after cleaning (15 or 18 characters)

    @property
    def was_15_digit(self) -> bool:
        return len(self.original) == 15


def check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def clean(raw: object) -> str:
    """Undo what spreadsheets and IMEs do to an ID; refuse what cannot be undone."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        raise IdNumberError(
            _t("身份证号被表格软件存成了数字（{v}），末尾几位已丢失，请在表格中把该列设为文本后重新填写").format(
                v=repr(raw)
            )
        )
    text = str(raw).translate(_FULLWIDTH)
    text = re.sub(r"[\s\u3000'’‘\"-]", "", text)
    if _SCIENTIFIC.match(text):
        raise IdNumberError(
            _t("身份证号“{v}”是科学计数法，末尾几位已丢失，无法还原；请在表格中把该列设为文本后重新填写").format(
                v=text
            )
        )
    if text.endswith(".0") and text[:-2].isdigit():
        raise IdNumberError(
            _t("身份证号“{v}”被表格软件当作数字处理过，请核对原件后重新填写").format(v=text)
        )
    return text.upper()


def _birth_date(digits: str, where: int) -> dt.date:
    try:
        return dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise IdNumberError(
            _t("身份证号第{a}–{b}位的出生日期“{d}”不是有效日期").format(
                a=where, b=where + 7, d=digits
            )
        ) from None


def parse(raw: object, *, today: dt.date | None = None) -> IdNumber:
    """Validate an ID and return its 18-digit form with the birth date and sex it encodes."""
    text = clean(raw)
    if not text:
        raise IdNumberError(_t("身份证号为空"))
    for pos, ch in enumerate(text, start=1):
        if not ch.isdigit() and not (ch == "X" and pos == 18):
            raise IdNumberError(
                _t("身份证号第{pos}位“{ch}”不是数字").format(pos=pos, ch=ch)
            )
    if len(text) == 15:
        birth = _birth_date("19" + text[6:12], 7)
        first17 = text[:6] + "19" + text[6:15]
        number = first17 + check_char(first17)
    elif len(text) == 18:
        birth = _birth_date(text[6:14], 7)
        expected = check_char(text[:17])
        if text[17] != expected:
            raise IdNumberError(
                _t("身份证号第18位校验码应为“{e}”，实为“{a}”：请逐位核对号码").format(
                    e=expected, a=text[17]
                )
            )
        number = text
    else:
        raise IdNumberError(
            _t("身份证号应为18位（或旧的15位），实为{n}位").format(n=len(text))
        )
    today = today or dt.date.today()
    if birth > today or birth.year < 1880:
        raise IdNumberError(
            _t("身份证号中的出生日期{d}不可能").format(d=birth.isoformat())
        )
    sex = "M" if int(number[16]) % 2 == 1 else "F"
    return IdNumber(number=number, birth_date=birth, sex=sex, original=text)


def cross_check(
    id_number: IdNumber, birth_date: dt.date | None, sex: str | None
) -> list[str]:
    """Disagreements between an ID and the separately entered birth date and sex."""
    problems = []
    if birth_date and birth_date != id_number.birth_date:
        problems.append(
            _t("出生日期{b}与身份证号中的{i}不一致").format(
                b=birth_date.isoformat(), i=id_number.birth_date.isoformat()
            )
        )
    if sex and sex != id_number.sex:
        problems.append(
            _t("性别与身份证号第17位不一致（第17位{d}表示{s}）").format(
                d=id_number.number[16], s=_t("男") if id_number.sex == "M" else _t("女")
            )
        )
    return problems


def mask(number: str | None) -> str:
    """The form shown on anything public: only the first three and last four characters."""
    if not number:
        return ""
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def make(area: str, birth: dt.date, sequence: int) -> str:
    """Build a valid 18-digit ID (used for demo data and tests)."""
    first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)
