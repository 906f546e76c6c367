"""The receipt for a cash payment (现金发放领取凭证): the recipient signs it on the day, so the
"full amount into the recipient's hands" can be shown. Two copies on one A4 page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.disclosure.common import build, masked, page, para, styles, table
from app.i18n import translate
from app.incentives.codes import METHOD, label
from app.incentives.lifecycle import IncentiveError, site_name
from app.incentives.schemes import SchemeBook, yuan
from db.models import Person
from db.models_incentives import Payment

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ("", "拾", "佰", "仟")


def _t(text: str) -> str:
    return translate("disclosure", text)


def capital_amount(fen: int) -> str:
    """An amount in the capital numerals of financial documents: 600.50 → 陆佰元伍角整."""
    if fen < 0:
        return "负" + capital_amount(-fen)
    yuan_part, rest = divmod(fen, 100)
    jiao, f = divmod(rest, 10)

    def section(n: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = (n // 10 ** i) % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIGITS[d] + UNITS[i]
        return out

    text = ""
    if yuan_part:
        high, low = divmod(yuan_part, 10000)
        if high:
            text = section(high) + "万"
            if low and low < 1000:
                text += "零"
        text += section(low) + "元"
    if jiao:
        text += DIGITS[jiao] + "角"
    if f:
        text += DIGITS[f] + "分"
    return (text or "零元") + ("整" if not f else "")


def write_receipt(path: str | Path, payment_uuid: str, *, printed_on: dt.date | None = None) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    payment = (Payment.select(Payment, Person).join(Person, on=(Payment.person == Person.id))
               .where(Payment.uuid == payment_uuid).first())
    if payment is None or payment.kind != "payment":
        raise IncentiveError(_t("没有发放记录 {u}").format(u=payment_uuid))
    p = page("A4")
    st = styles(p)
    site = site_name()
    scheme = SchemeBook().name(payment.scheme_code)
    title = _t("{site}奖励扶助金领取凭证").format(site=site)
    w = p.width
    story: list = []
    for copy in (_t("（领取人留存）"), _t("（村委会存档）")):
        story.append(para(title + copy, st["h2"]))
        rows = [
            [_t("领取人"), payment.person.name, _t("身份证号"), masked(payment.person.id_number)],
            [_t("项目"), para(scheme, st["cell"]), _t("发放期"), payment.period],
            [_t("金额（小写）"), _t("{a}元").format(a=yuan(payment.amount_fen)), _t("发放方式"),
             label(METHOD, payment.method)],
            [_t("金额（大写）"), para(capital_amount(payment.amount_fen), st["cell"]), _t("凭证号"),
             payment.reference or payment.uuid[:8]],
            [_t("发放日期"), payment.paid_date.isoformat(), _t("领取人签字"), ""],
        ]
        story.append(table(rows, [w * 0.18, w * 0.32, w * 0.18, w * 0.32], p, header=False))
        story.append(para(_t("经办人签字：　　　　　　　　　　打印日期：{d}").format(
            d=(printed_on or dt.date.today()).isoformat()), st["body"]))
        story.append(Spacer(1, 14 * mm))
    return build(path, story, p, title=title, footer=_t("{site}　现金发放凭证").format(site=site))
