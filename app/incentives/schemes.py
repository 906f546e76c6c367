"""Incentive schemes as versioned data (SPEC §6), seeded from resources/incentive_schemes.json.

A version is never edited: a new amount or rule from a date is a new IncentiveScheme row with the
same code, the next version number and a later effective_from; the version in force on a day is
the latest one effective on or before it (and not ended by effective_to).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from app.auth import Session
from app.i18n import translate
from app.incentives import rules
from app.incentives.codes import AMOUNT_PER, RHYTHM, UNIT
from app.incentives.periods import bounds, months
from app.register import Problem, RegisterError
from db import changes
from db.connection import database
from db.models_incentives import IncentiveScheme

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "incentive_schemes.json"
_ACTIVE = IncentiveScheme.voided == False  # noqa: E712


def _t(text: str) -> str:
    return translate("incentives", text)


@dataclass(frozen=True)
class Scheme:
    """One version as the engine reads it: plain values, conditions parsed."""

    code: str
    version: int
    name: str
    short_name: str
    legal_basis: str
    unit: str
    conditions: tuple
    amount_fen: int
    amount_per: str
    tiers: tuple  # ((condition, fen), …)
    rhythm: str
    notice_days: int
    effective_from: dt.date
    effective_to: dt.date | None

    @cached_property
    def test(self):
        return rules.compile_all(list(self.conditions))

    @cached_property
    def tier_tests(self):
        return [(rules.compile_condition(c), fen) for c, fen in self.tiers]

    def in_force(self, day: dt.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def rate_fen(self, facts: rules.Facts | None) -> int:
        """The amount per amount_per unit for this subject (the first tier that holds)."""
        if facts is not None:
            for test, fen in self.tier_tests:
                if test(facts):
                    return fen
        return self.amount_fen

    def period_amount(self, period: str, facts: rules.Facts | None) -> int:
        """What one payment for one period should be, in fen."""
        rate = self.rate_fen(facts)
        if self.amount_per == "month":
            return rate * months(period)
        return rate * months(period) // 12

    def terms(self) -> str:
        text = _t("{u}{p}{a}元").format(
            u=_t(UNIT[self.unit]), p=_t(AMOUNT_PER[self.amount_per]), a=yuan(self.amount_fen))
        for cond, fen in self.tiers:
            text += _t("（{c}的，{a}元）").format(c=rules.describe(cond), a=yuan(fen))
        return text + _t("，") + _t(RHYTHM[self.rhythm])


def yuan(fen: int) -> str:
    text = f"{fen / 100:.2f}"
    return text[:-3] if text.endswith(".00") else text


def _scheme_of(row: IncentiveScheme) -> Scheme:
    tiers = tuple((t["when"], int(t["fen"])) for t in json.loads(row.amount_tiers or "[]"))
    return Scheme(
        row.code, row.version, row.name, row.short_name, row.legal_basis, row.unit,
        tuple(json.loads(row.conditions)), row.amount_fen, row.amount_per, tiers, row.rhythm,
        row.notice_days, row.effective_from, row.effective_to,
    )


def all_versions() -> list[Scheme]:
    rows = IncentiveScheme.select().where(_ACTIVE).order_by(IncentiveScheme.code, IncentiveScheme.version)
    return [_scheme_of(r) for r in rows]


class SchemeBook:
    """Every version in memory: which version of which scheme was in force on a day."""

    def __init__(self, versions: list[Scheme] | None = None):
        self.versions = all_versions() if versions is None else versions
        self.codes = sorted({v.code for v in self.versions})

    def in_force(self, code: str, day: dt.date) -> Scheme | None:
        chosen = None
        for v in self.versions:
            if v.code == code and v.in_force(day):
                if chosen is None or (v.effective_from, v.version) > (chosen.effective_from, chosen.version):
                    chosen = v
        return chosen

    def all_in_force(self, day: dt.date) -> list[Scheme]:
        return [s for s in (self.in_force(c, day) for c in self.codes) if s is not None]

    def for_period(self, code: str, period: str) -> Scheme | None:
        """The version whose amount applies to a payment period: the one in force on its first day."""
        return self.in_force(code, bounds(period)[0])

    def latest(self, code: str) -> Scheme | None:
        found = [v for v in self.versions if v.code == code]
        return max(found, key=lambda v: v.version) if found else None

    def name(self, code: str) -> str:
        latest = self.latest(code)
        return latest.name if latest else code


def validate(data: Any) -> tuple[list[dict], list[Problem]]:
    """Check schemes as read from JSON; rows ready for IncentiveScheme, or the problems."""
    problems: list[Problem] = []
    if not isinstance(data, dict) or not isinstance(data.get("schemes"), list):
        return [], [Problem("schemes", _t("文件不是奖扶方案表（缺少 schemes 列表）"))]
    out: list[dict] = []
    for n, s in enumerate(data["schemes"], 1):
        where = f"{n}({s.get('code', '')})" if isinstance(s, dict) else str(n)
        if not isinstance(s, dict):
            problems.append(Problem(where, _t("第{n}个方案格式不对").format(n=n)))
            continue
        bad: list[str] = []
        for key in ("code", "name", "unit", "amount", "amount_per", "rhythm", "notice_days",
                    "effective_from", "conditions"):
            if s.get(key) in (None, ""):
                bad.append(_t("缺少{k}").format(k=key))
        if bad:
            problems.append(Problem(where, _t("、").join(bad)))
            continue
        if s["unit"] not in UNIT:
            bad.append(_t("unit 应为 person 或 household"))
        if s["amount_per"] not in AMOUNT_PER:
            bad.append(_t("amount_per 应为 month 或 year"))
        if s["rhythm"] not in RHYTHM:
            bad.append(_t("rhythm 应为 year、quarter 或 month"))
        if s["amount_per"] == "year" and s["rhythm"] != "year":
            bad.append(_t("按年计的金额只能按年发放"))
        if not isinstance(s["notice_days"], int) or s["notice_days"] < 1:
            bad.append(_t("公示天数应为正整数"))
        try:
            effective = dt.date.fromisoformat(str(s["effective_from"]))
            ends = dt.date.fromisoformat(str(s["effective_to"])) if s.get("effective_to") else None
        except ValueError:
            bad.append(_t("日期应为 YYYY-MM-DD"))
            effective, ends = None, None
        if not isinstance(s["conditions"], list):
            bad.append(_t("conditions 应为列表"))
        else:
            for i, c in enumerate(s["conditions"], 1):
                bad += rules.validate_condition(c, f"conditions.{i}")
        tiers = []
        for i, t in enumerate(s.get("amount_tiers") or [], 1):
            if not isinstance(t, dict) or not isinstance(t.get("amount"), int | float):
                bad.append(_t("amount_tiers.{i} 须有金额").format(i=i))
                continue
            bad += rules.validate_condition(t.get("when"), f"amount_tiers.{i}")
            tiers.append({"when": t.get("when"), "fen": round(t["amount"] * 100)})
        if not isinstance(s["amount"], int | float) or s["amount"] < 0:
            bad.append(_t("金额应为非负数"))
        if bad:
            problems.append(Problem(where, _t("；").join(bad)))
            continue
        out.append({
            "code": s["code"], "version": int(s.get("version") or 1), "name": s["name"],
            "short_name": s.get("short_name") or s["name"], "legal_basis": s.get("legal_basis", ""),
            "unit": s["unit"], "conditions": json.dumps(s["conditions"], ensure_ascii=False),
            "amount_fen": round(s["amount"] * 100), "amount_per": s["amount_per"],
            "amount_tiers": json.dumps(tiers, ensure_ascii=False), "rhythm": s["rhythm"],
            "notice_days": s["notice_days"], "effective_from": effective, "effective_to": ends,
            "note": s.get("note", ""),
        })
    return out, problems


def seed_schemes(session: Session) -> int:
    """The example schemes into a database that has none (site init, or first use)."""
    if IncentiveScheme.select().exists():
        return 0
    rows, problems = validate(json.loads(RESOURCE.read_text(encoding="utf-8")))
    if problems:
        raise RegisterError(problems)
    with database.atomic():
        for row in rows:
            changes.insert(IncentiveScheme, session.actor, **row)
    return len(rows)


def ensure_seeded(site_code: str) -> None:
    if not IncentiveScheme.select().exists():
        from app.auth import system_session

        seed_schemes(system_session(site_code))


def add_version(session: Session, data: dict) -> Scheme:
    """A new version of an existing (or a new) scheme: its effective date must come after the
    current version's, which then ends the day before."""
    session.require("edit_rules")
    rows, problems = validate({"schemes": [data]})
    if problems:
        raise RegisterError(problems)
    row = rows[0]
    with database.atomic():
        latest = (IncentiveScheme.select().where(_ACTIVE & (IncentiveScheme.code == row["code"]))
                  .order_by(IncentiveScheme.version.desc()).first())
        if latest is not None:
            if row["effective_from"] <= latest.effective_from:
                raise RegisterError([Problem("effective_from", _t(
                    "新版本的生效日期{d}必须晚于现行版本的生效日期{a}").format(
                    d=row["effective_from"], a=latest.effective_from))])
            # The old row stays as it was: the later effective date alone supersedes it.
            row["version"] = latest.version + 1
        else:
            row["version"] = 1
        created = changes.insert(IncentiveScheme, session.actor, **row)
    return _scheme_of(created)
