"""One woman's history on one page: methods, procedures, checks, events, visits and the changes
made to her register entry, newest first.

A handful of indexed queries per woman (by person id and by row UUID in the change log), so
the card opens at once on a 100,000-women register.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from app import codes
from app.codes import label
from app.i18n import translate
from app.implants import implant_types, labelled_end
from app.register import card_by_uuid, field_label
from db.changes import history
from db.models import ChangeLog, Marriage, Person, WomanCard
from db.models_services import HealthCheck, LifeEvent, MethodEpisode, Procedure, Visit


def _t(text: str) -> str:
    return translate("timeline", text)


@dataclass(frozen=True)
class TimelineEntry:
    date: dt.date
    kind: str  # method_start | method_stop | procedure | check | event | visit | register
    title: str
    detail: str
    source_table: str
    source_uuid: str
    by: str


# Change-log fields not worth a line: bookkeeping, search keys, links, and the status cache
# (the episode or event that moved it has its own entry).
_HIDDEN = frozenset({"pinyin", "initials", "household", "husband", "wife", "person", "mother", "father",
                     "row_version", "updated_at", "updated_by", "void_reason", "current_status", "created_at",
                     "created_by", "uuid", "site_code"})
# Stored marriage fields → the form field whose label and codes apply.
_ALIASES = {"kind": "marriage_kind", "start_date": "marriage_date"}
_EXTRA_LABELS = {
    "exit_reason": "注销原因", "exit_date": "注销日期", "voided": "作废", "alive": "在世", "death_date": "死亡日期",
    "moved_in_date": "迁入日期", "moved_out_date": "迁出日期", "end_date": "婚姻结束日期",
    "end_reason": "婚姻结束原因", "sex": "性别",
}


def _field_text(stored: str) -> str:
    name = _ALIASES.get(stored, stored)
    text = field_label(name)
    return _t(_EXTRA_LABELS[name]) if text == name and name in _EXTRA_LABELS else text


def _value_text(stored: str, value: object) -> str:
    name = _ALIASES.get(stored, stored)
    if value is None or value == "":
        return _t("（空）")
    if isinstance(value, bool):
        return _t("是") if value else _t("否")
    if name in codes.FIELD_CODES:
        return label(codes.FIELD_CODES[name], str(value))
    return str(value)


def _join(*parts: str) -> str:
    return "；".join(p for p in parts if p)


def _place(row) -> str:
    return _join(row.place and _t("地点：{p}").format(p=row.place),
                 row.provider and _t("服务者：{p}").format(p=row.provider))


def _episode_entries(e: MethodEpisode) -> list[TimelineEntry]:
    method = label(codes.METHODS, e.method)
    detail = e.detail and (label(codes.INJECTABLE_KIND, e.detail) if e.method == "injectable"
                           else implant_types().get(e.detail, e.detail))
    explained = json.loads(e.methods_explained or "[]")
    start_detail = _join(
        detail or "", _place(e),
        e.counselled and _t("已咨询，介绍了：{m}").format(m="、".join(label(codes.METHODS, m) for m in explained)),
        e.own_choice is True and _t("本人自主选择"),
    )
    out = [TimelineEntry(e.start_date, "method_start", _t("开始使用{m}").format(m=method), start_detail,
                         "method_episode", e.uuid, e.created_by)]
    if e.end_date is not None:
        out.append(TimelineEntry(e.end_date, "method_stop", _t("停用{m}").format(m=method),
                                 label(codes.STOP_REASON, e.stop_reason), "method_episode", e.uuid, e.updated_by))
    return out


def _procedure_entry(p: Procedure) -> TimelineEntry:
    implant = ""
    if p.implant_type:
        implant = implant_types().get(p.implant_type, p.implant_type)
        end = labelled_end(p.implant_type, p.date) if p.kind == "implant_insertion" else None
        if end:
            implant = _t("{t}，{d}到期").format(t=implant, d=end.isoformat())
    return TimelineEntry(p.date, "procedure", label(codes.PROCEDURE_KIND, p.kind), _join(implant, _place(p), p.result),
                         "procedure", p.uuid, p.created_by)


def _check_entry(c: HealthCheck) -> TimelineEntry:
    return TimelineEntry(c.date, "check", label(codes.CHECK_KIND, c.kind), _join(_place(c), c.result),
                         "health_check", c.uuid, c.created_by)


def _event_detail(e: LifeEvent, names: dict[int, str]) -> str:
    detail = json.loads(e.detail or "{}")
    parts = []
    if "outcome" in detail:
        parts.append(label(codes.PREGNANCY_OUTCOME, detail["outcome"]))
    if "status" in detail:
        parts.append(label(codes.STATUS, detail["status"]))
    if e.related_id in names:
        parts.append(_t("子女：{n}").format(n=names[e.related_id] or _t("（未取名）")))
    for key, text in (("husband_name", _t("丈夫：{v}")), ("origin", _t("来自：{v}")),
                      ("destination", _t("去向：{v}")), ("place", _t("地点：{v}"))):
        if detail.get(key):
            parts.append(text.format(v=detail[key]))
    return _join(*parts)


def _visit_entry(v: Visit) -> TimelineEntry:
    detail = _join(v.findings, v.supplies and _t("发放：{s}").format(s=v.supplies),
                   v.next_step and _t("下一步：{s}").format(s=v.next_step))
    return TimelineEntry(v.date, "visit", label(codes.VISIT_TYPE, v.visit_type), detail, "visit", v.uuid, v.visitor)


def _register_entry(entry: ChangeLog) -> TimelineEntry | None:
    day = entry.at.date() if isinstance(entry.at, dt.datetime) else dt.date.fromisoformat(str(entry.at)[:10])
    if entry.op == "insert":
        if entry.table_name == "person":
            return None  # the card's insert says it
        # Dated by what it records (registration, wedding), not by when it was typed in.
        is_card = entry.table_name == "woman_card"
        title = _t("登记入册") if is_card else _t("婚姻登记")
        recorded = json.loads(entry.data or "{}").get("registered_date" if is_card else "start_date")
        when = dt.date.fromisoformat(recorded) if recorded else day
        detail = _t("录入于{d}").format(d=day.isoformat()) if when != day else ""
        return TimelineEntry(when, "register", title, detail, entry.table_name, entry.row_uuid, entry.by)
    diff = {k: v for k, v in json.loads(entry.diff or "{}").items() if k not in _HIDDEN}
    if not diff:
        return None
    detail = "；".join(
        f"{_field_text(k)}：{_value_text(k, old)} → {_value_text(k, new)}" for k, (old, new) in diff.items()
    )
    return TimelineEntry(day, "register", _t("修改登记"), _join(detail, entry.reason or ""), entry.table_name,
                         entry.row_uuid, entry.by)


# What the services write to the register along with their own row (app.events).
_SIDE_EFFECT_FIELDS = frozenset({"exit_reason", "exit_date", "alive", "death_date", "moved_out_date",
                                 "moved_in_date", "marital_status", "origin"})


def _is_side_effect(change: ChangeLog) -> bool:
    if change.op == "insert":
        return change.table_name == "marriage"
    return set(json.loads(change.diff or "{}")) - _HIDDEN <= _SIDE_EFFECT_FIELDS


def _live(model):
    return model.select().where(model.voided == False)  # noqa: E712


def timeline(card_uuid: str) -> list[TimelineEntry]:
    card = card_by_uuid(card_uuid)
    person_id = card.person_id
    person_uuid = Person.select(Person.uuid).where(Person.id == person_id).scalar()
    # (entry, when it was entered): entries of one date are shown newest entry first.
    items: list[tuple[TimelineEntry, str]] = []
    service_stamps: set[tuple[str, str]] = set()

    def add(entry: TimelineEntry, row) -> None:
        items.append((entry, str(row.created_at)))
        service_stamps.add((str(row.created_at), row.created_by))
        service_stamps.add((str(row.updated_at), row.updated_by))

    for e in _live(MethodEpisode).where(MethodEpisode.person == person_id):
        for entry in _episode_entries(e):
            add(entry, e)
    for p in _live(Procedure).where(Procedure.person == person_id):
        add(_procedure_entry(p), p)
    for c in _live(HealthCheck).where(HealthCheck.person == person_id):
        add(_check_entry(c), c)
    events = list(_live(LifeEvent).where(LifeEvent.person == person_id))
    related = {e.related_id for e in events if e.related_id}
    names = dict(Person.select(Person.id, Person.name).where(Person.id.in_(related)).tuples()) if related else {}
    for e in events:
        add(TimelineEntry(e.date, "event", label(codes.EVENT_KIND, e.kind), _event_detail(e, names), "life_event",
                          e.uuid, e.created_by), e)
    for v in _live(Visit).where(Visit.person == person_id):
        add(_visit_entry(v), v)

    marriages = Marriage.select(Marriage.uuid).where(Marriage.wife == person_id).tuples()
    log = history(WomanCard, card.uuid) + history(Person, person_uuid)
    for (uuid,) in marriages:
        log += history(Marriage, uuid)
    for change in log:
        # Register changes a service made along with its own row (an exit by a death, a
        # marriage by its event) are told by that row's entry.
        if (str(change.at), change.by) in service_stamps and _is_side_effect(change):
            continue
        entry = _register_entry(change)
        if entry is not None:
            items.append((entry, str(change.at)))
    items.sort(key=lambda item: (item[0].date, item[1]), reverse=True)
    return [entry for entry, _ in items]
