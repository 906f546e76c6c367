"""The follow-up schedule as versioned data (SPEC §4).

The schedule is a RuleSet (a version with an effective date) and its FollowUpRule rows, synced
like any register data so that a township officer's new version reaches the villages. A
version is never edited: a change is an import that creates the next version, and the rules in
force on a day are those of the latest version effective on or before it (events before the
first version use the first version, so an IUD fitted in 2015 still gets its yearly visits).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.auth import Session, system_session
from app.codes import TRIGGER, VISIT_TYPE
from app.i18n import translate
from app.register import Problem, RegisterError
from db import changes
from db.connection import database
from db.models_services import FollowUpRule, RuleSet

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "followup_rules.json"
ANCHORS = ("event", "implant_expiry", "supply_end")
# Columns of a rule as the JSON file spells them (the same names as FollowUpRule's fields).
RULE_FIELDS = (
    "code", "trigger", "visit_type", "sequence", "anchor", "offset_days", "window_before",
    "window_after", "repeat_every_days", "days_per_unit", "label",
)
_ACTIVE = RuleSet.voided == False  # noqa: E712


def _t(text: str) -> str:
    return translate("rules", text)


@dataclass(frozen=True)
class Rule:
    """A rule as the due computation reads it: plain values, no database row."""

    code: str
    trigger: str
    visit_type: str
    sequence: int
    anchor: str
    offset_days: int
    window_before: int
    window_after: int
    repeat_every_days: int | None
    days_per_unit: int | None
    label: str


class RuleBook:
    """Every version's rules in memory, to answer "which rules were in force on day D" for a
    whole village without a query per event."""

    def __init__(self, versions: list[tuple[dt.date, dict[str, list[Rule]]]]):
        self._versions = sorted(versions, key=lambda v: v[0])

    def for_trigger(self, trigger: str, day: dt.date) -> list[Rule]:
        if not self._versions:
            return []
        chosen = self._versions[0][1]
        for effective, by_trigger in self._versions:
            if effective <= day:
                chosen = by_trigger
            else:
                break
        return chosen.get(trigger, [])


def _rule_of(row: FollowUpRule) -> Rule:
    return Rule(*(getattr(row, f) for f in RULE_FIELDS))


def ensure_seeded() -> None:
    """A database made before the rules existed (schema v2 without rows) gets the default
    schedule the first time the rules are read."""
    if not RuleSet.select().where(_ACTIVE).exists():
        from app.sites import local_site

        seed_rules(system_session(local_site().code))


def load_book() -> RuleBook:
    ensure_seeded()
    sets = {s.id: s.effective_from for s in RuleSet.select().where(_ACTIVE)}
    versions: dict[int, dict[str, list[Rule]]] = {i: {} for i in sets}
    rows = FollowUpRule.select().where(
        FollowUpRule.rule_set.in_(list(sets)) & (FollowUpRule.voided == False)  # noqa: E712
    ).order_by(FollowUpRule.trigger, FollowUpRule.sequence)
    for row in rows:
        versions[row.rule_set_id].setdefault(row.trigger, []).append(_rule_of(row))
    return RuleBook([(sets[i], v) for i, v in versions.items()])


def current_set() -> RuleSet | None:
    return RuleSet.select().where(_ACTIVE).order_by(RuleSet.version.desc()).first()


def rules_in_force(day: dt.date) -> list[FollowUpRule]:
    """The rules of the latest version effective on or before `day` (else the first version)."""
    ensure_seeded()
    chosen = (
        RuleSet.select().where(_ACTIVE & (RuleSet.effective_from <= day))
        .order_by(RuleSet.effective_from.desc(), RuleSet.version.desc()).first()
        or RuleSet.select().where(_ACTIVE).order_by(RuleSet.version).first()
    )
    if chosen is None:
        return []
    return list(
        FollowUpRule.select()
        .where((FollowUpRule.rule_set == chosen) & (FollowUpRule.voided == False))  # noqa: E712
        .order_by(FollowUpRule.trigger, FollowUpRule.sequence)
    )


# -- validation -------------------------------------------------------------------------------
def _int(problems: list[Problem], where: str, row: dict, name: str, *, optional: bool = False,
         minimum: int | None = None) -> int | None:
    value = row.get(name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(Problem(f"{where}.{name}", _t("第{w}条规则的{f}应为整数").format(w=where, f=name)))
        return None
    if minimum is not None and value < minimum:
        problems.append(Problem(f"{where}.{name}", _t("第{w}条规则的{f}不能小于{m}").format(
            w=where, f=name, m=minimum)))
        return None
    return value


def validate(data: Any, *, after: dt.date | None = None) -> tuple[dt.date | None, list[dict], list[Problem]]:
    """Check a schedule as read from JSON. Problems name the rule (its position and code) and
    the field; `after` is the effective date the new version must come after."""
    problems: list[Problem] = []
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        return None, [], [Problem("rules", _t("文件不是随访规则表（缺少 rules 列表）"))]
    effective: dt.date | None = None
    try:
        effective = dt.date.fromisoformat(str(data.get("effective_from", "")))
    except ValueError:
        problems.append(Problem("effective_from", _t("生效日期应为 YYYY-MM-DD")))
    if effective and after and effective <= after:
        problems.append(Problem("effective_from", _t("生效日期{d}必须晚于现行版本的生效日期{a}").format(
            d=effective, a=after)))
    rules: list[dict] = []
    codes: dict[str, str] = {}
    for n, row in enumerate(data["rules"], start=1):
        if not isinstance(row, dict):
            problems.append(Problem(f"rules[{n}]", _t("第{n}条规则格式不对").format(n=n)))
            continue
        code = str(row.get("code") or "").strip()
        where = f"{n}({code})" if code else str(n)
        if not code:
            problems.append(Problem(f"{where}.code", _t("第{w}条规则缺少代码").format(w=where)))
        elif code in codes:
            problems.append(Problem(f"{where}.code", _t("第{w}条规则的代码与第{o}条重复").format(
                w=where, o=codes[code])))
        else:
            codes[code] = where
        trigger, visit_type = row.get("trigger"), row.get("visit_type")
        anchor = row.get("anchor", "event")
        if trigger not in TRIGGER:
            problems.append(Problem(f"{where}.trigger", _t("第{w}条规则的触发事件“{v}”不认识").format(
                w=where, v=trigger)))
        if visit_type not in VISIT_TYPE:
            problems.append(Problem(f"{where}.visit_type", _t("第{w}条规则的随访类型“{v}”不认识").format(
                w=where, v=visit_type)))
        if anchor not in ANCHORS:
            problems.append(Problem(f"{where}.anchor", _t("第{w}条规则的起算点“{v}”不认识").format(
                w=where, v=anchor)))
        values = {
            "sequence": _int(problems, where, row, "sequence", minimum=1),
            "offset_days": _int(problems, where, row, "offset_days"),
            "window_before": _int(problems, where, row, "window_before", minimum=0),
            "window_after": _int(problems, where, row, "window_after", minimum=0),
            "repeat_every_days": _int(problems, where, row, "repeat_every_days", optional=True, minimum=1),
            "days_per_unit": _int(problems, where, row, "days_per_unit", optional=True, minimum=1),
        }
        if anchor == "supply_end" and row.get("days_per_unit") is None:
            problems.append(Problem(f"{where}.days_per_unit", _t("第{w}条规则按用完日起算，须填每单位天数").format(
                w=where)))
        rep = values["repeat_every_days"]
        if rep and None not in (values["window_before"], values["window_after"]) \
                and values["window_before"] + values["window_after"] >= rep:
            problems.append(Problem(f"{where}.repeat_every_days", _t("第{w}条规则的重复间隔短于时间窗，前后两次会重叠").format(
                w=where)))
        rules.append({"where": where, "code": code, "trigger": trigger, "visit_type": visit_type,
                      "anchor": anchor, "label": str(row.get("label", "")), **values})
    problems += _sequence_problems(rules)
    return effective, rules, problems


def _sequence_problems(rules: list[dict]) -> list[Problem]:
    """Within one trigger the visits are numbered 1..n with no gap, and the window of each
    visit closes before the next one's opens (when both count from the same anchor)."""
    problems: list[Problem] = []
    by_trigger: dict[str, list[dict]] = {}
    for r in rules:
        if r["sequence"] is not None and r["trigger"] in TRIGGER:
            by_trigger.setdefault(r["trigger"], []).append(r)
    for trigger, rows in by_trigger.items():
        rows.sort(key=lambda r: r["sequence"])
        for expected, r in enumerate(rows, start=1):
            if r["sequence"] != expected:
                problems.append(Problem(f"{r['where']}.sequence", _t(
                    "第{w}条规则：触发事件{t}的序号应为{e}，现为{s}（序号有缺口或重复）").format(
                    w=r["where"], t=trigger, e=expected, s=r["sequence"])))
                break
        for a, b in zip(rows, rows[1:], strict=False):
            if a["anchor"] != b["anchor"] or None in (a["offset_days"], b["offset_days"], a["window_after"],
                                                      b["window_before"]):
                continue
            if a["offset_days"] + a["window_after"] >= b["offset_days"] - b["window_before"]:
                problems.append(Problem(f"{b['where']}.window_before", _t(
                    "第{w}条规则的时间窗与上一次随访（{p}）的时间窗重叠").format(w=b["where"], p=a["where"])))
    return problems


# -- writing and reading versions ---------------------------------------------------------------
def _write_version(session: Session, effective: dt.date, note: str, rules: list[dict]) -> RuleSet:
    latest = current_set()
    with database.atomic():
        rule_set = changes.insert(RuleSet, session.actor, version=(latest.version + 1) if latest else 1,
                                  effective_from=effective, note=note)
        for r in rules:
            changes.insert(FollowUpRule, session.actor, rule_set=rule_set,
                           **{f: r[f] for f in RULE_FIELDS})
    return rule_set


def seed_rules(session: Session) -> RuleSet | None:
    """Load the default schedule (resources/followup_rules.json) into a database that has none."""
    if RuleSet.select().exists():
        return None
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    effective, rules, problems = validate(data)
    if problems or effective is None:
        raise RegisterError(problems)
    return _write_version(session, effective, str(data.get("note", "")), rules)


def import_rules(session: Session, path: str | Path) -> RuleSet:
    """A new version from a JSON file shaped like the resource file; old versions stay as they were."""
    session.require("edit_rules")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RegisterError([Problem("file", _t("读不了规则文件：{e}").format(e=exc))]) from exc
    ensure_seeded()
    latest = current_set()
    effective, rules, problems = validate(data, after=latest.effective_from if latest else None)
    if problems or effective is None:
        raise RegisterError(problems)
    return _write_version(session, effective, str(data.get("note", "")), rules)


def export_rules(path: str | Path, version: int | None = None) -> Path:
    """Write the current (or the given) version in the resource file's shape."""
    ensure_seeded()
    query = RuleSet.select().where(_ACTIVE)
    rule_set = (query.where(RuleSet.version == version).first() if version is not None
                else query.order_by(RuleSet.version.desc()).first())
    if rule_set is None:
        raise RegisterError([Problem("version", _t("没有这个版本的随访规则"))])
    rows = FollowUpRule.select().where(
        (FollowUpRule.rule_set == rule_set) & (FollowUpRule.voided == False)  # noqa: E712
    ).order_by(FollowUpRule.id)
    rules = []
    for row in rows:
        item = {f: getattr(row, f) for f in RULE_FIELDS}
        rules.append({k: v for k, v in item.items() if v is not None})
    data = {"version": rule_set.version, "effective_from": rule_set.effective_from.isoformat(),
            "note": rule_set.note, "rules": rules}
    path = Path(path)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
