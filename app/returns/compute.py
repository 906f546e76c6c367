"""compute_return(period, site_code): the whole return for one site (or every site) and period.

    ret = compute_return(parse("2026-11"), "V001")
    ret.value("cpr"), ret.figures()["status.iud"].people

Read-only: computing never writes; closing a period is app.returns.store.close_return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from app.due_plan import execute
from app.i18n import translate
from app.returns import external, sections
from app.returns.base import Base, invalid_ids, load_base
from app.returns.model import Return, now_text
from app.returns.periods import Period, PeriodError
from app.returns.status_bulk import status_facts
from db.connection import database

# Sections computed side by side (the PC has 2 cores; SQLite reads release the GIL).
THREADS = 3


def _t(text: str) -> str:
    return translate("returns", text)


def site_name(site_code: str | None) -> str:
    from db.models import Site

    if site_code is None:
        return _t("全部站点")
    site = Site.get_or_none(Site.code == site_code)
    return site.name if site else site_code


def counted_in_two_sites(base) -> list[str]:
    """Women whose ID number is on live, unexited cards of two sites (the ones this return counts,
    or every such woman when the return is for every site)."""
    if execute("SELECT COUNT(DISTINCT site_code) FROM woman_card").fetchone()[0] < 2:
        return []  # a village's own file: no other village to be counted in
    end = base.period.end.isoformat()
    numbers = [n for (n,) in execute(
        "SELECT p.id_number FROM woman_card c JOIN person p ON p.id = c.person_id "
        "WHERE c.voided = FALSE AND p.voided = FALSE AND p.id_number IS NOT NULL "
        "AND (c.exit_date IS NULL OR c.exit_date > ?) GROUP BY p.id_number "
        "HAVING COUNT(DISTINCT c.site_code) > 1", [end])]
    found: list[str] = []
    for i in range(0, len(numbers), 500):
        part = numbers[i:i + 500]
        marks = ",".join("?" * len(part))
        found += [u for (u, site) in execute(
            f"SELECT p.uuid, c.site_code FROM person p JOIN woman_card c ON c.person_id = p.id "
            f"WHERE p.id_number IN ({marks}) AND c.voided = FALSE AND p.voided = FALSE", part)
            if base.site_code is None or site == base.site_code]
    return sorted(found)


def married_without_record(base) -> list[str]:
    """Women counted whose card says married but who have no marriage record at all (so they
    cannot be counted as married)."""
    return sorted(base.women[pid] for pid in base.married_without_record)


class _Runner:
    """Runs read-only tasks side by side (SQLite steps release the GIL; each thread reads through
    its own connection, closed when its task ends). Inside a transaction the caller's uncommitted
    rows are visible to its own connection only, so then each task runs at once, in turn."""

    def __init__(self) -> None:
        self.pool = None if database.in_transaction() else ThreadPoolExecutor(max_workers=THREADS)

    @staticmethod
    def _run(fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        finally:
            if not database.is_closed():
                database.close()

    def submit(self, fn: Callable[[], Any]) -> Future:
        if self.pool is None:
            done: Future = Future()
            done.set_result(fn())
            return done
        return self.pool.submit(self._run, fn)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)


def compute_return(period: Period, site_code: str | None, *, today: dt.date | None = None,
                   prepared_by: str = "") -> Return:
    today = today or dt.date.today()
    if period.start > today:
        raise PeriodError(_t("报表期{p}尚未开始（今天是{d}），不能编制将来的报表").format(
            p=period.code, d=today.isoformat()))
    bare = Base(period, site_code)  # what the sections that need no register list read
    runner = _Runner()
    try:
        base_f = runner.submit(lambda: load_base(period, site_code))
        # Sections that need no register list run while it loads.
        first = {name: runner.submit(fn) for name, fn in (
            ("status_facts", lambda: status_facts(period.end)),
            ("id_bad", lambda: invalid_ids(period, site_code)),
            ("acceptors", lambda: sections.acceptors_section(bare)),
            ("followup", lambda: sections.followup_section(bare)),
            ("vital", lambda: sections.vital_section(bare)),
            ("procedures", lambda: sections.procedures_section(bare)),
            ("incentives", lambda: external.incentive_section(period, site_code)),
            ("stock", lambda: external.stock_section(period, site_code)),
            ("two_sites", lambda: counted_in_two_sites(bare)),
        )}
        base = base_f.result()
        facts = first.pop("status_facts").result()
        base.id_bad = first.pop("id_bad").result()
        second = {name: runner.submit(lambda fn=fn: fn(base)) for name, fn in (
            ("status", lambda b: sections.status_sections(b, facts)), ("register", sections.register_section),
            ("checks", sections.checks_section), ("ids", sections.ids_section))}
        first = {k: f.result() for k, f in first.items()}
        second = {k: f.result() for k, f in second.items()}
    finally:
        runner.close()
    status, prevalence, _ = second["status"]
    incentives, unapproved = first["incentives"]
    ret = Return(
        site_code=site_code, site_name=site_name(site_code), period=period, computed_at=now_text(),
        prepared_by=prepared_by,
        sections=[
            second["register"], first["vital"], status, prevalence, first["acceptors"], first["procedures"],
            first["followup"], second["checks"], first["stock"], incentives, second["ids"],
        ],
    )
    ret.evidence = {
        "paid_without_approval": sorted(unapproved),
        "two_sites": first["two_sites"],
        "married_without_record": married_without_record(base),
    }
    if period.end >= today:
        ret.evidence["period_open"] = []
    return ret
