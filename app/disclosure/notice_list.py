"""The public-notice list (张榜公示名单): who is proposed for which scheme and how much, how long
the list hangs, and where and until when to object; a signature and stamp area at the foot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.disclosure.common import build, masked, page, para, signature_block, styles, table
from app.i18n import translate
from app.incentives.codes import AMOUNT_PER, label
from app.incentives.lifecycle import IncentiveError, site_name
from app.incentives.schemes import SchemeBook, yuan
from db.models import Household, Person, VillageGroup
from db.models_incentives import Enrolment, NoticeEntry, PublicNotice


def _t(text: str) -> str:
    return translate("disclosure", text)


def latest_notice() -> PublicNotice:
    notice = (PublicNotice.select().where(PublicNotice.voided == False)  # noqa: E712
              .order_by(PublicNotice.start_date.desc(), PublicNotice.id.desc()).first())
    if notice is None:
        raise IncentiveError(_t("还没有公示（请先用“张榜公示”登记一批对象）"))
    return notice


def notice_rows(notice: PublicNotice) -> list[dict]:
    """The lines of a notice: name, group, masked ID, scheme, amount per period."""
    book = SchemeBook()
    query = (NoticeEntry.select(NoticeEntry, Enrolment, Person, Household, VillageGroup)
             .join(Enrolment).join(Person, on=(Enrolment.person == Person.id))
             .join(Household, on=(Person.household == Household.id))
             .join(VillageGroup, on=(Household.group == VillageGroup.id))
             .where((NoticeEntry.notice == notice.id) & (NoticeEntry.voided == False))  # noqa: E712
             .order_by(VillageGroup.number, Household.number, Person.name))
    out = []
    for entry in query:
        e = entry.enrolment
        scheme = book.in_force(e.scheme_code, notice.start_date) or book.latest(e.scheme_code)
        per = _t("年") if scheme.rhythm == "year" else (_t("季度") if scheme.rhythm == "quarter" else _t("月"))
        out.append({
            "name": e.person.name, "group": e.person.household.group.name,
            "id": masked(e.person.id_number), "scheme": scheme.name,
            "amount": _t("{a}元/{p}").format(a=yuan(entry.amount_fen), p=per),
            "terms": label(AMOUNT_PER, scheme.amount_per),
        })
    return out


def write_notice_list(path: str | Path, *, notice_uuid: str | None = None, paper: str = "A4",
                      printed_on: dt.date | None = None) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    notice = PublicNotice.get_or_none(PublicNotice.uuid == notice_uuid) if notice_uuid else latest_notice()
    if notice is None:
        raise IncentiveError(_t("没有公示 {u}").format(u=notice_uuid))
    printed_on = printed_on or dt.date.today()
    p = page(paper)
    st = styles(p)
    site = site_name()
    days = (notice.end_date - notice.start_date).days + 1
    rows = notice_rows(notice)
    title = _t("{site}{title}").format(site=site, title=notice.title)
    story = [para(title, st["title"]),
             para(_t("公示期：{a} 至 {b}（共{n}天）").format(a=notice.start_date, b=notice.end_date, n=days),
                  st["subtitle"]),
             para(_t("经本人申请（或村核查）、村审核，下列{n}人拟享受奖励扶助，现予公示，接受群众监督。")
                  .format(n=len(rows)), st["body"])]
    header = [_t("序号"), _t("姓名"), _t("村民小组"), _t("身份证号"), _t("享受项目"), _t("金额")]
    data = [[para(h, st["head"]) for h in header]]
    for i, r in enumerate(rows, 1):
        data.append([str(i), para(r["name"], st["cell"]), para(r["group"], st["cell"]), r["id"],
                     para(r["scheme"], st["cell"]), para(r["amount"], st["cell"])])
    w = p.width
    story.append(table(data, [w * f for f in (0.07, 0.12, 0.10, 0.31, 0.24, 0.16)], p))
    story.append(Spacer(1, 6 * mm * p.scale))
    contact = _t("，联系人：{c}").format(c=notice.contact) if notice.contact else ""
    story.append(para(_t("如有异议，请于{d}前到{place}反映{contact}。反映情况请实事求是，我们将为反映人保密。")
                      .format(d=notice.end_date, place=notice.place, contact=contact), st["body"]))
    story += signature_block(p, st, printed_on, _t("{site}村民委员会").format(site=site))
    return build(path, story, p, title=title, footer=_t("{site}　村务公开　{t}").format(site=site, t=notice.title))
