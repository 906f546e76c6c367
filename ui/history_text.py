"""Turning change-log entries into lines a village worker can read: field names in Chinese,
codes as their labels, foreign keys and bookkeeping columns left out."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app import codes
from app.register import field_label
from db.models import ChangeLog

# Change-log columns that are derived or bookkeeping: not worth a line in the timeline.
_HIDDEN = frozenset({"pinyin", "initials", "household", "husband", "wife", "person", "mother",
                     "father", "row_version", "updated_at", "updated_by", "void_reason"})
# Stored field name → the form field whose label and codes apply.
_ALIASES = {"kind": "marriage_kind", "start_date": "marriage_date"}
_CODES = codes.FIELD_CODES


def _tr(text: str) -> str:
    return QCoreApplication.translate("history_text", text)


def _extra_label(name: str) -> str:
    """Labels of stored fields that the woman form does not have."""
    labels = {
        "exit_reason": _tr("注销原因"),
        "exit_date": _tr("注销日期"),
        "voided": _tr("作废"),
        "alive": _tr("在世"),
        "death_date": _tr("死亡日期"),
        "moved_in_date": _tr("迁入日期"),
        "moved_out_date": _tr("迁出日期"),
        "end_date": _tr("婚姻结束日期"),
        "end_reason": _tr("婚姻结束原因"),
        "sex": _tr("性别"),
    }
    return labels.get(name, name)


def label_of(stored: str) -> str:
    name = _ALIASES.get(stored, stored)
    text = field_label(name)
    return _extra_label(name) if text == name else text


def value_text(stored: str, value: object) -> str:
    name = _ALIASES.get(stored, stored)
    if value is None or value == "":
        return _tr("（空）")
    if isinstance(value, bool):
        return _tr("是") if value else _tr("否")
    if name in _CODES:
        return codes.label(_CODES[name], str(value))
    return str(value)


@dataclass(frozen=True)
class HistoryLine:
    at: str
    by: str
    what: str  # 新增 / 修改 / 作废, with the table
    detail: str
    seq: int


def _table_name(table: str) -> str:
    return {
        "woman_card": _tr("登记卡"),
        "person": _tr("个人信息"),
        "marriage": _tr("婚姻"),
        "household": _tr("户"),
        "method_episode": _tr("避孕方法"),
        "procedure": _tr("手术"),
        "health_check": _tr("检查"),
        "life_event": _tr("生活事件"),
        "visit": _tr("随访"),
    }.get(table, table)


# What an inserted service row says in one line (until app.timeline describes services).
_SUMMARY_FIELDS = {
    "method_episode": (("method", codes.METHODS), ("start_date", None)),
    "procedure": (("kind", codes.PROCEDURE_KIND), ("date", None), ("result", None)),
    "health_check": (("kind", codes.CHECK_KIND), ("date", None), ("result", None)),
    "life_event": (("kind", codes.EVENT_KIND), ("date", None)),
    "visit": (("visit_type", codes.VISIT_TYPE), ("date", None), ("findings", None)),
}


def _service_summary(entry: ChangeLog) -> str:
    fields = _SUMMARY_FIELDS.get(entry.table_name)
    if not fields:
        return ""
    data = json.loads(entry.data or "{}")
    parts = [codes.label(labels, data.get(name)) if labels else str(data.get(name) or "")
             for name, labels in fields]
    return " ".join(p for p in parts if p)


def describe(entry: ChangeLog) -> HistoryLine:
    diff = json.loads(entry.diff or "{}")
    table = _table_name(entry.table_name)
    if entry.op == "insert":
        what, detail = _tr("新增{t}").format(t=table), _service_summary(entry)
    elif "voided" in diff and diff["voided"][1]:
        what = _tr("作废{t}").format(t=table)
        detail = _tr("原因：{r}").format(r=entry.reason or "")
    else:
        what = _tr("修改{t}").format(t=table)
        parts = [
            _tr("{f}：{old} → {new}").format(
                f=label_of(name), old=value_text(name, old), new=value_text(name, new)
            )
            for name, (old, new) in diff.items()
            if name not in _HIDDEN
        ]
        detail = "\n".join(parts)
        if entry.reason:
            detail += _tr("（原因：{r}）").format(r=entry.reason)
    at = entry.at.strftime("%Y-%m-%d %H:%M") if hasattr(entry.at, "strftime") else str(entry.at)
    return HistoryLine(at=at, by=entry.by, what=what, detail=detail, seq=entry.seq)


def timeline(card) -> list[HistoryLine]:
    """The card's, the person's and her marriages' changes, newest first."""
    from db.changes import history
    from db.models import Marriage, Person, WomanCard

    person = card.person
    entries = history(WomanCard, card.uuid) + history(Person, person.uuid)
    for marriage in person.marriages_as_wife:
        entries += history(Marriage, marriage.uuid)
    # Her services, until app.timeline (which describes them properly) is installed.
    from db.models_services import HealthCheck, LifeEvent, MethodEpisode, Procedure, Visit

    for model, rows in ((MethodEpisode, person.episodes), (Procedure, person.procedures),
                        (HealthCheck, person.checks), (LifeEvent, person.events), (Visit, person.visits)):
        for row in rows:
            entries += history(model, row.uuid)
    lines = [describe(e) for e in entries]
    return sorted(lines, key=lambda line: line.seq, reverse=True)
