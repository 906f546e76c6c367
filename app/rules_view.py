"""The follow-up rule versions as the rules window shows them (read only; changes are imports
through app.rules.import_rules, like `fpreg rules import`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from app.rules import RULE_FIELDS, Rule, ensure_seeded
from db.models_services import FollowUpRule, RuleSet


@dataclass(frozen=True)
class RuleVersion:
    version: int
    effective_from: dt.date
    note: str
    rules: int
    created_by: str
    created_at: dt.datetime
    in_force: bool  # the version whose rules apply today


def versions(today: dt.date | None = None) -> list[RuleVersion]:
    """Every version, newest first, marking the one in force on `today`."""
    ensure_seeded()
    today = today or dt.date.today()
    sets = list(RuleSet.select().where(RuleSet.voided == False).order_by(RuleSet.version.desc()))  # noqa: E712
    counts = {
        set_id: n for set_id, n in FollowUpRule.select(FollowUpRule.rule_set, fn.COUNT(FollowUpRule.id))
        .where(FollowUpRule.voided == False)  # noqa: E712
        .group_by(FollowUpRule.rule_set).tuples()
    }
    started = [s for s in sets if s.effective_from <= today]
    # As app.rules.rules_in_force: the latest version already effective, else the first one.
    current = max(started, key=lambda s: (s.effective_from, s.version)) if started else (
        min(sets, key=lambda s: s.version) if sets else None)
    return [
        RuleVersion(s.version, s.effective_from, s.note or "", counts.get(s.id, 0), s.created_by, s.created_at,
                    current is not None and s.id == current.id)
        for s in sets
    ]


def rules_of(version: int) -> list[Rule]:
    """The rules of one version, by trigger and sequence."""
    rows = (
        FollowUpRule.select().join(RuleSet)
        .where((RuleSet.version == version) & (RuleSet.voided == False) & (FollowUpRule.voided == False))  # noqa: E712
        .order_by(FollowUpRule.trigger, FollowUpRule.sequence)
    )
    return [Rule(*(getattr(row, f) for f in RULE_FIELDS)) for row in rows]
