"""compute_return(period, site_code): the whole return for one site (or every site) and period.

    ret = compute_return(parse("2026-11"), "V001")
    ret.value("cpr"), ret.figures()["status.iud"].people

Read-only: computing never writes; closing a period is app.returns.store.close_return.
"""

from __future__ import annotations

import datetime as dt

from app.due_plan import execute
from app.i18n import translate
from app.returns import external, sections
from app.returns.base import load_base
from app.returns.model import Return, now_text
from app.returns.periods import Period, PeriodError


def _t(text: str) -> str:
    return translate("returns", text)


def site_name(site_code: str | None) -> str:
    from db.models import Site

    if site_code is None:
        return _t("全部站点")
    site = Site.get_or_none(Site.code == site_code)
    return site.name if site else site_code


def counted_in_two_sites(base) -> list[str]:
    """Women on this return whose ID number is also on a live, unexited card of another site."""
    if base.site_code is None:
        where, params = "", []
    else:
        where, params = " AND (c1.site_code = ? OR c2.site_code = ?)", [base.site_code, base.site_code]
    end = base.period.end.isoformat()
    found = set()
    for (uuid1, uuid2) in execute(
        "SELECT p1.uuid, p2.uuid FROM woman_card c1 JOIN person p1 ON p1.id = c1.person_id "
        "JOIN person p2 ON p2.id_number = p1.id_number AND p2.id <> p1.id "
        "JOIN woman_card c2 ON c2.person_id = p2.id AND c2.site_code <> c1.site_code "
        "WHERE p1.id_number IS NOT NULL AND c1.voided = FALSE AND c2.voided = FALSE "
        "AND p1.voided = FALSE AND p2.voided = FALSE "
        "AND (c1.exit_date IS NULL OR c1.exit_date > ?) AND (c2.exit_date IS NULL OR c2.exit_date > ?)" + where,
        [end, end, *params],
    ):
        found.update((uuid1, uuid2))
    return sorted(found)


def married_without_record(base) -> list[str]:
    """Cards that say married, of women counted, with no marriage covering the period's end."""
    out = []
    married_cards = {pid for (pid,) in execute(
        "SELECT person_id FROM woman_card WHERE marital_status = 'married' AND voided = FALSE")}
    for pid, w in base.women.items():
        if pid in married_cards and pid not in base.married:
            out.append(w.person_uuid)
    return sorted(out)


def compute_return(period: Period, site_code: str | None, *, today: dt.date | None = None,
                   prepared_by: str = "") -> Return:
    today = today or dt.date.today()
    if period.start > today:
        raise PeriodError(_t("报表期{p}尚未开始（今天是{d}），不能编制将来的报表").format(
            p=period.code, d=today.isoformat()))
    base = load_base(period, site_code)
    status, prevalence, _ = sections.status_sections(base)
    incentives, unapproved = external.incentive_section(period, site_code)
    ret = Return(
        site_code=site_code, site_name=site_name(site_code), period=period, computed_at=now_text(),
        prepared_by=prepared_by,
        sections=[
            sections.register_section(base),
            sections.vital_section(base),
            status,
            prevalence,
            sections.acceptors_section(base),
            sections.procedures_section(base),
            sections.followup_section(base),
            sections.checks_section(base),
            external.stock_section(period, site_code),
            incentives,
            sections.ids_section(base),
        ],
    )
    ret.evidence = {
        "paid_without_approval": sorted(unapproved),
        "two_sites": counted_in_two_sites(base),
        "married_without_record": married_without_record(base),
    }
    if period.end >= today:
        ret.evidence["period_open"] = []
    return ret
