"""Closing a period, and the corrections later changes make to closed ones.

- close_return(session, ret, explanation, formats): exporting closes the period; the return as
  sent is kept as a ClosedReturn row (synced). A period closes once per site.
- prepare(period, site_code): the return to show or export. For a closed period it is the
  stored one, with the differences a recomputation finds; for an open period it is computed,
  with the corrections to earlier closed periods that changes since their close have made.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import peewee as pw

from app.auth import Session
from app.i18n import translate
from app.returns.checks import failures, run_checks
from app.returns.compute import compute_return
from app.returns.model import Correction, Return, now_text
from app.returns.periods import Period, parse
from db import changes
from db.base import now
from db.connection import database
from db.models import ChangeLog
from db.models_returns import ClosedReturn


def _t(text: str) -> str:
    return translate("returns", text)


class ReturnError(ValueError):
    pass


@dataclass
class Prepared:
    ret: Return  # the return to export (stored if the period is closed)
    closed: ClosedReturn | None = None
    # Closed period only: what a recomputation now gives differently (late entries).
    differences: list[Correction] = field(default_factory=list)


def closed_for(period_code: str, site_code: str | None) -> ClosedReturn | None:
    return (ClosedReturn.select()
            .where((ClosedReturn.period == period_code) & (ClosedReturn.site_code == site_code)
                   & (ClosedReturn.voided == False))  # noqa: E712
            .first())


def stored_return(row: ClosedReturn) -> Return:
    return Return.from_json(row.figures)


def differences(sent: Return, now_: Return, period_code: str | None = None) -> list[Correction]:
    """Figures whose value or people differ between the return sent and a recomputation."""
    out = []
    new = now_.figures()
    for code, old in sent.figures().items():
        fresh = new.get(code)
        if fresh is None:
            continue
        added = sorted(set(fresh.people) - set(old.people))
        removed = sorted(set(old.people) - set(fresh.people))
        if fresh.value != old.value or added or removed:
            out.append(Correction(period_code or sent.period.code, code, old.label, old.value, fresh.value,
                                  added, removed))
    return out


def _changed_since(row: ClosedReturn) -> bool:
    """Anything logged after the return was closed: entries after the one that logged its closing,
    by sequence (the primary key), so the change log needs no index by time, whose upkeep slowed
    every sync import. Entries imported later count too: they reached this file after the close."""
    others = ChangeLog.table_name != ClosedReturn._meta.table_name
    closed = ChangeLog.select(pw.fn.MIN(ChangeLog.seq)).where(ChangeLog.row_uuid == row.uuid).scalar()
    if closed is None:  # its closing is not in this file's log: compare by time (a scan, rare)
        return ChangeLog.select().where((ChangeLog.at >= row.prepared_at) & others).exists()
    return ChangeLog.select().where((ChangeLog.seq > closed) & others).exists()


def corrections_for(period: Period, site_code: str | None, today: dt.date) -> list[Correction]:
    """Differences in earlier closed periods not yet reported by a later closed return."""
    if site_code is None:
        return []
    earlier = list(ClosedReturn.select()
                   .where((ClosedReturn.site_code == site_code) & (ClosedReturn.voided == False)  # noqa: E712
                          & (ClosedReturn.end_date < period.start))
                   .order_by(ClosedReturn.end_date, ClosedReturn.id))
    reported: dict[tuple[str, str], Correction] = {}
    for row in earlier:  # the latest report of each figure is the baseline
        for c in stored_return(row).corrections:
            reported[(c.period, c.code)] = c
    out: list[Correction] = []
    for row in earlier:
        if not _changed_since(row):
            continue
        sent = stored_return(row)
        for fig in sent.figures().values():
            c = reported.get((row.period, fig.code))
            if c is not None:  # what was last reported: the sent people plus/minus the corrections
                fig.value = c.now
                fig.people = sorted((set(fig.people) | set(c.added)) - set(c.removed))
        fresh = compute_return(parse(row.period), site_code, today=today)
        out += differences(sent, fresh, row.period)
    return out


def prepare(period: Period, site_code: str | None, *, today: dt.date | None = None,
            prepared_by: str = "") -> Prepared:
    today = today or dt.date.today()
    row = closed_for(period.code, site_code) if site_code else None
    if row is not None:
        sent = stored_return(row)
        fresh = compute_return(period, site_code, today=today)
        return Prepared(sent, row, differences(sent, fresh))
    ret = compute_return(period, site_code, today=today, prepared_by=prepared_by)
    ret.corrections = corrections_for(period, site_code, today)
    return Prepared(ret)


def close_return(session: Session, ret: Return, *, explanation: str = "", formats: list[str] | None = None
                 ) -> ClosedReturn:
    """Close the period with this return as sent. Refused when logic checks fail and no
    explanation is given, or when the period is already closed for the site."""
    session.require("prepare_return")
    site = ret.site_code or session.site_code
    failed = failures(run_checks(ret))
    errors = [r for r in failed if r.severity == "error"]
    if failed and not explanation.strip():
        raise ReturnError(_t("有{n}项逻辑检查未通过（其中错误{e}项），须填写说明才能导出报送").format(
            n=len(failed), e=len(errors)))
    with database.atomic():
        if closed_for(ret.period.code, site) is not None:
            raise ReturnError(_t("{p}的报表已经关账报送，不能再次关账").format(p=ret.period.code))
        stamp = now()
        ret.closed_at = stamp.isoformat(sep=" ")
        ret.explanation = explanation.strip()
        ret.prepared_by = ret.prepared_by or session.display_name
        return changes.insert(
            ClosedReturn, session.actor, site_code=site, period=ret.period.code, period_type=ret.period.kind,
            start_date=ret.period.start, end_date=ret.period.end, figures=ret.to_json(),
            checks=json.dumps([r.__dict__ for r in failed], ensure_ascii=False),
            explanation=ret.explanation, formats=",".join(formats or []), prepared_by=session.username,
            prepared_at=stamp,
        )


def closed_returns(site_code: str | None = None) -> list[ClosedReturn]:
    q = ClosedReturn.select().where(ClosedReturn.voided == False)  # noqa: E712
    if site_code:
        q = q.where(ClosedReturn.site_code == site_code)
    return list(q.order_by(ClosedReturn.end_date.desc(), ClosedReturn.site_code))


__all__ = ["Prepared", "ReturnError", "close_return", "closed_for", "closed_returns", "corrections_for",
           "differences", "now_text", "prepare", "stored_return"]
