"""Twelve-month trends for the dashboard: prevalence, method mix, new acceptors, follow-up rate and
months of stock, each month computed by the same code as the return (a closed month shows the
figures as sent)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from app.codes import METHODS
from app.returns import store
from app.returns.periods import Period


@dataclass
class MonthPoint:
    period: str
    cpr: float | None
    mix: dict[str, float | None]
    new_acceptors: int
    followup_rate: float | None
    # {commodity name: months of stock = closing ÷ mean issues of the last 3 months}
    stock_months: dict[str, float | None] = field(default_factory=dict)


@dataclass
class Trends:
    site_code: str | None
    points: list[MonthPoint]


def _stock_months(issued_hist: dict[str, list[float]], closing: dict[str, float]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for name, hist in issued_hist.items():
        last3 = hist[-3:]
        amc = sum(last3) / len(last3) if last3 else 0
        out[name] = round(closing.get(name, 0) / amc, 1) if amc else None
    return out


def trends(end: Period, site_code: str | None, *, months: int = 12, today: dt.date | None = None,
           progress: Callable[[int, int], None] | None = None) -> Trends:
    today = today or dt.date.today()
    points: list[MonthPoint] = []
    issued_hist: dict[str, list[float]] = {}
    periods = [p for p in end.previous_months(months) if p.start <= today]
    for i, p in enumerate(periods):
        ret = store.prepare(p, site_code, today=today).ret
        v = ret.values()
        closing: dict[str, float] = {}
        for f in ret.figures().values():
            if f.code.startswith("commodity.") and f.code.endswith(".issued"):
                name = f.label.split("：")[0]
                issued_hist.setdefault(name, []).append(float(f.value or 0))
            elif f.code.startswith("commodity.") and f.code.endswith(".closing"):
                closing[f.label.split("：")[0]] = float(f.value or 0)
        points.append(MonthPoint(
            p.code, v.get("cpr"), {m: v.get(f"mix.{m}") for m in METHODS}, int(v.get("new_acceptors") or 0),
            v.get("followup_rate"), _stock_months(issued_hist, closing)))
        if progress:
            progress(i + 1, len(periods))
    return Trends(site_code, points)
