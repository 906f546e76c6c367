"""The submission board: which village sent which period's return, late ones marked, and when
each village's data last arrived.

Returns are kept by the returns capability (issue 6) as synced rows in db/models_returns.py; the
one function that knows their shape is closed_returns() below, so the board never depends on
more than (site code, period, when prepared). The deadline is day N of the month after the
period ends, N being the setting "township_return_deadline_day" (resources/defaults.json).
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from app import settings
from app.i18n import translate
from app.township.villages import Village, villages
from db.models import ChangeLog


def _t(text: str) -> str:
    return translate("township", text)


STATES = {
    "on_time": "按时报送",
    "late": "逾期报送",
    "overdue": "逾期未报",
    "not_due": "未到期限",
}
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Submission:
    """One closed return as the board needs it."""

    site_code: str
    period: str  # "2026-10" (month), "2026-Q3", "2026"
    submitted_at: dt.datetime | None
    prepared_by: str = ""
    period_type: str = "month"
    end_date: dt.date | None = None  # the period's last day, when the return says so


@dataclass(frozen=True)
class BoardCell:
    period: str
    state: str  # on_time | late | overdue | not_due
    deadline: dt.date
    submitted_at: dt.datetime | None

    @property
    def highlighted(self) -> bool:
        return self.state in ("late", "overdue")


@dataclass(frozen=True)
class BoardRow:
    site_code: str
    village: str
    cells: tuple[BoardCell, ...]
    last_sync: dt.datetime | None

    def as_dict(self) -> dict:
        return {
            "site_code": self.site_code, "village": self.village,
            "last_sync": self.last_sync.isoformat(sep=" ") if self.last_sync else None,
            "periods": {
                c.period: {"state": c.state, "deadline": c.deadline.isoformat(),
                           "submitted_at": c.submitted_at.isoformat(sep=" ") if c.submitted_at else None}
                for c in self.cells
            },
        }


def period_end(period: str) -> dt.date:
    """The last day of a period "YYYY-MM", "YYYY-Qn" or "YYYY"."""
    text = period.strip()
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
    elif m := _QUARTER.match(text):
        year, month = int(m[1]), int(m[2]) * 3
    elif m := _YEAR.match(text):
        year, month = int(m[1]), 12
    else:
        raise ValueError(_t("“{p}”不是报表期（应为 YYYY-MM、YYYY-Qn 或 YYYY）").format(p=period))
    if not 1 <= month <= 12:
        raise ValueError(_t("“{p}”的月份不对").format(p=period))
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def deadline(period: str, end: dt.date | None = None) -> dt.date:
    """Day N of the month after the period ends (N: setting township_return_deadline_day)."""
    day = int(settings.get("township_return_deadline_day") or 5)
    end = end or period_end(period)
    first_next = end + dt.timedelta(days=1)
    return first_next.replace(day=min(max(day, 1), 28))


def canonical(period: str) -> str:
    """One spelling per period: "2026q4" and "2026-Q4" are the same quarter."""
    text = period.strip().upper()
    if m := _QUARTER.match(text):
        return f"{m[1]}-Q{m[2]}"
    return text


def recent_months(today: dt.date, count: int = 6) -> list[str]:
    """The last `count` months that have ended, oldest first ("YYYY-MM")."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        months.append(f"{year:04d}-{month:02d}")
    return months[::-1]


def _as_datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _period_text(value) -> str:
    if isinstance(value, dt.date):
        return f"{value.year:04d}-{value.month:02d}"
    return str(value)


def returns_model() -> type[pw.Model] | None:
    """The returns capability's table of closed returns, when it is installed."""
    try:
        module = importlib.import_module("db.models_returns")
    except ImportError:
        return None
    for model in getattr(module, "SYNCED", []):
        fields = model._meta.fields
        if "period" in fields and "site_code" in fields and ("figures" in fields or "figures_json" in fields):
            return model
    return None


def closed_returns(site_codes: Iterable[str] | None = None) -> list[Submission]:
    """Every village's closed return present in this database (the adapter to issue 6)."""
    model = returns_model()
    if model is None:
        return []
    fields = model._meta.fields
    query = model.select().where(model.voided == False)  # noqa: E712
    if site_codes is not None:
        query = query.where(model.site_code.in_(list(site_codes)))
    result = []
    for row in query:
        when = next((getattr(row, n) for n in ("sent_at", "closed_at", "prepared_at") if n in fields
                     and getattr(row, n) is not None), None)
        result.append(Submission(
            site_code=row.site_code, period=_period_text(row.period),
            submitted_at=_as_datetime(when) or row.created_at,
            prepared_by=str(getattr(row, "prepared_by", "") or ""),
            period_type=str(getattr(row, "period_type", "month") or "month"),
            end_date=getattr(row, "end_date", None),
        ))
    return result


def last_sync_times() -> dict[str, dt.datetime]:
    """When each village's data last arrived: the sync capability's record of its enrolled
    peers (db.models_sync.Peer: last packet import or network sync); a village that is not
    enrolled has never synced. Without the sync capability, the newest change-log entry per
    site stands in (when the village last changed anything that reached us)."""
    peer = _peer_model()
    times: dict[str, dt.datetime] = {}
    if peer is not None:
        for code, imported, synced in peer.select(peer.site_code, peer.imported_at, peer.last_sync_at).tuples():
            stamps = [t for t in (_as_datetime(imported), _as_datetime(synced)) if t is not None]
            if stamps:
                times[code] = max(stamps)
        return times
    rows = (
        ChangeLog.select(ChangeLog.site_code, pw.fn.MAX(ChangeLog.at))
        .group_by(ChangeLog.site_code)
        .tuples()
    )
    for code, at in rows:
        when = _as_datetime(at)
        if when is not None:
            times[code] = when
    return times


def _peer_model() -> type[pw.Model] | None:
    try:
        module = importlib.import_module("db.models_sync")
    except ImportError:
        return None
    model = getattr(module, "Peer", None)
    if model is None or not {"site_code", "imported_at", "last_sync_at"} <= set(model._meta.fields):
        return None
    if not model._meta.database.table_exists(model._meta.table_name):
        return None
    return model


def _cell(period: str, submitted: dt.datetime | None, today: dt.date, end: dt.date | None = None) -> BoardCell:
    due = deadline(period, end)
    if submitted is not None:
        state = "on_time" if submitted.date() <= due else "late"
    else:
        state = "overdue" if today > due else "not_due"
    return BoardCell(period, state, due, submitted)


def submission_board(
    periods: list[str], today: dt.date, *, submissions: Iterable[Submission] | None = None,
    village_list: list[Village] | None = None,
) -> list[BoardRow]:
    """One row per village, one cell per period; the earliest submission of a period counts."""
    for period in periods:
        period_end(period)  # refuse a malformed period before any work
    subs = closed_returns() if submissions is None else submissions
    first: dict[tuple[str, str], dt.datetime | None] = {}
    for s in subs:
        key = (s.site_code, canonical(s.period))
        at = s.submitted_at or dt.datetime.combine(today, dt.time())
        if key not in first or (first[key] is not None and at < first[key]):
            first[key] = at
    synced = last_sync_times()
    rows = []
    for village in village_list if village_list is not None else villages():
        cells = tuple(_cell(p, first.get((village.code, canonical(p))), today) for p in periods)
        rows.append(BoardRow(village.code, village.name, cells, synced.get(village.code)))
    return rows


def state_label(state: str) -> str:
    return _t(STATES.get(state, state))
