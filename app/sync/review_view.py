"""What the review queue shows a person: for each row changed on both sides, which kind of
record and which one (a name, a household, a label), and field by field our value beside the
sender's, in Chinese, with the fields that differ marked.

One comparison per row: later packets may queue the same row again while it waits, and the
newest incoming version is the one that would be taken (see app.sync.review.resolve).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app import codes
from app.auth import Session
from app.i18n import translate
from app.register import FIELD_LABELS
from app.register import field_label as register_label
from app.sync.tables import synced_models
from db.base import SyncedModel
from db.changes import row_data
from db.models_sync import Peer, ReviewItem

# Derived search keys and the row's identity: never what two people disagree about.
_HIDDEN = frozenset({"uuid", "site_code", "pinyin", "initials"})
# Stored field name → the register form's field whose label and codes apply.
_ALIASES = {("marriage", "kind"): "marriage_kind", ("marriage", "start_date"): "marriage_date"}


def _t(text: str) -> str:
    return translate("sync_review", text)


def table_label(table: str) -> str:
    """The kind of record, as a village worker names it; the table name when unknown."""
    return {
        "site": _t("站点"),
        "village_group": _t("村民小组"),
        "household": _t("户"),
        "person": _t("个人信息"),
        "woman_card": _t("育龄妇女登记卡"),
        "marriage": _t("婚姻"),
        "method_episode": _t("避孕方法"),
        "procedure": _t("手术"),
        "health_check": _t("检查"),
        "life_event": _t("生活事件"),
        "visit": _t("随访"),
        "rule_set": _t("随访规则版本"),
        "follow_up_rule": _t("随访规则"),
        "enrolment": _t("奖励扶助对象"),
        "approval": _t("奖励扶助审批"),
        "incentive_scheme": _t("奖励扶助项目"),
        "public_notice": _t("公示"),
        "notice_entry": _t("公示名单"),
        "objection": _t("公示异议"),
        "payment_batch": _t("发放批次"),
        "payment": _t("奖励扶助发放"),
        "person_fact": _t("个人证明事项"),
        "catalogue_version": _t("药具目录版本"),
        "commodity": _t("药具品种"),
        "stock_lot": _t("药具批次"),
        "stock_txn": _t("药具出入库"),
        "stock_month_close": _t("药具月结"),
        "closed_return": _t("已上报报表"),
        "transfer_request": _t("转移申请"),
    }.get(table, table)


def _extra_labels() -> dict[str, str]:
    return {
        "name": _t("名称"), "number": _t("编号"), "code": _t("代码"), "kind": _t("类型"),
        "date": _t("日期"), "place": _t("地点"), "provider": _t("服务者"), "result": _t("结果"),
        "note": _t("备注"), "voided": _t("作废"), "void_reason": _t("作废原因"), "sex": _t("性别"),
        "alive": _t("在世"), "death_date": _t("死亡日期"), "moved_in_date": _t("迁入日期"),
        "moved_out_date": _t("迁出日期"), "birth_order": _t("孩次"), "group": _t("村民小组"),
        "household": _t("户"), "head": _t("户主"), "person": _t("本人"), "mother": _t("母亲"),
        "father": _t("父亲"), "wife": _t("妻子"), "husband": _t("丈夫"), "end_date": _t("结束日期"),
        "end_reason": _t("结束原因"), "exit_reason": _t("注销原因"), "exit_date": _t("注销日期"),
        "method": _t("避孕方法"), "detail": _t("详情"), "start_date": _t("开始日期"),
        "stop_reason": _t("停用原因"), "counselled": _t("已咨询"), "methods_explained": _t("介绍过的方法"),
        "own_choice": _t("本人自主选择"), "partner": _t("配偶同查"), "related": _t("相关人员"),
        "implant_type": _t("皮埋类型"), "episode": _t("避孕方法记录"), "visitor": _t("随访人"),
        "visit_type": _t("随访类型"), "findings": _t("随访情况"), "supplies": _t("发放物品"),
        "supply_kind": _t("发放药具"), "supply_quantity": _t("发放数量"), "next_step": _t("下一步"),
        "scheme_code": _t("奖励扶助项目"), "stage": _t("办理阶段"), "applied_date": _t("申请日期"),
        "reviewed_date": _t("审核日期"), "reviewed_by": _t("审核人"), "review_note": _t("审核意见"),
        "decision": _t("审批结果"), "officer": _t("经办人"), "amount_fen": _t("金额（分）"),
        "period": _t("期间"), "period_type": _t("报表类型"), "figures": _t("报表数字"),
        "explanation": _t("说明"), "prepared_by": _t("制表人"), "prepared_at": _t("制表时间"),
        "version": _t("版本"), "effective_from": _t("生效日期"), "title": _t("标题"),
        "quantity": _t("数量"), "commodity_code": _t("药具"), "lot_number": _t("批号"),
        "expiry_date": _t("有效期"), "reason": _t("原因"), "status": _t("状态"),
    }


def field_label(table: str, name: str) -> str:
    """The field's Chinese label: the register form's where it has one, else ours, else the
    field name itself."""
    form_name = _ALIASES.get((table, name), name)
    if form_name in FIELD_LABELS:
        return register_label(form_name)
    return _extra_labels().get(name, name)


def _codes_of(table: str, name: str) -> dict[str, str] | None:
    per_table = {
        ("method_episode", "method"): codes.METHODS, ("method_episode", "stop_reason"): codes.STOP_REASON,
        ("procedure", "kind"): codes.PROCEDURE_KIND, ("health_check", "kind"): codes.CHECK_KIND,
        ("life_event", "kind"): codes.EVENT_KIND, ("visit", "visit_type"): codes.VISIT_TYPE,
        ("visit", "supply_kind"): codes.SUPPLY_KIND,
    }
    if (table, name) in per_table:
        return per_table[(table, name)]
    return codes.FIELD_CODES.get(_ALIASES.get((table, name), name))


def _get(model: type[SyncedModel], row_uuid: str | None) -> SyncedModel | None:
    if not row_uuid:
        return None
    try:
        return model.get_or_none(model.uuid == row_uuid)
    except pw.PeeweeException:
        return None


def _person_name(person_uuid: str | None) -> str | None:
    from db.models import Person

    person = _get(Person, person_uuid)
    return person.name if person is not None else None


def record_label(table: str, data: dict[str, Any]) -> str:
    """Which record this is, in a few words, from the row's content (foreign keys are UUIDs
    and are looked up here; a missing one is left out rather than failing)."""
    short = str(data.get("uuid") or "")[:8]
    if table == "person":
        label = data.get("name") or ""
        if label and data.get("id_number"):
            return _t("{n}（{i}）").format(n=label, i=data["id_number"])
        return label or short
    if table in ("woman_card", "method_episode", "procedure", "health_check", "life_event", "visit",
                 "enrolment", "person_fact", "payment"):
        name = _person_name(data.get("person"))
        if name is None and table == "enrolment":
            name = _household_label(data.get("household"))
        when = data.get("date") or data.get("start_date") or data.get("applied_date") or ""
        return " ".join(str(p) for p in (name or short, when) if p)
    if table == "marriage":
        name = _person_name(data.get("wife"))
        return _t("{n}的婚姻").format(n=name) if name else short
    if table == "household":
        return _t("{n}户").format(n=data.get("number") or "") if data.get("number") else short
    if table == "village_group":
        return _t("第{n}村民小组").format(n=data.get("number"))
    for key in ("name", "title", "code", "period", "number", "month", "version"):
        if data.get(key) not in (None, ""):
            return str(data[key])
    return short


def _household_label(household_uuid: str | None) -> str | None:
    from db.models import Household

    household = _get(Household, household_uuid)
    return _t("{n}户").format(n=household.number) if household is not None else None


def value_text(model: type[SyncedModel], name: str, value: Any) -> str:
    """A stored value as a reader sees it: empty, yes/no, a code's label, or the referenced
    record's label."""
    if value is None or value == "":
        return _t("（空）")
    field = model._meta.fields.get(name)
    if isinstance(field, pw.ForeignKeyField):
        target = _get(field.rel_model, value)
        if target is None:
            return _t("（本站没有此记录 {u}）").format(u=str(value)[:8])
        return record_label(field.rel_model._meta.table_name, row_data(target))
    if isinstance(value, bool) or isinstance(field, pw.BooleanField):
        return _t("是") if value else _t("否")
    labels = _codes_of(model._meta.table_name, name)
    if labels is not None:
        return codes.label(labels, str(value))
    return str(value)


@dataclass(frozen=True)
class FieldDiff:
    name: str
    label: str
    ours: str
    theirs: str
    differs: bool


@dataclass(frozen=True)
class Comparison:
    """One row waiting for a decision: the newest queued item for it and all its item ids."""

    item_id: int
    item_ids: tuple[int, ...]
    table: str
    kind: str  # the record kind, in Chinese
    record: str
    row_uuid: str
    sender: str
    sender_name: str
    arrived: dt.datetime | str
    local_version: int
    incoming_version: int
    ours_by: str
    ours_at: str
    theirs_by: str
    theirs_at: str
    local_missing: bool
    fields: tuple[FieldDiff, ...]

    @property
    def differing(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.differs]


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    """Our row_data as it would arrive in a packet, so both sides compare alike."""
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


def _sender_names() -> dict[str, str]:
    return {p.site_code: p.site_name for p in Peer.select(Peer.site_code, Peer.site_name)}


def compare(item: ReviewItem, *, item_ids: tuple[int, ...] | None = None,
            senders: dict[str, str] | None = None) -> Comparison:
    model = synced_models().get(item.table_name)
    theirs: dict[str, Any] = json.loads(item.incoming_data or "{}")
    local = _get(model, item.row_uuid) if model is not None else None
    ours = _jsonable(row_data(local)) if local is not None else {}
    fields: list[FieldDiff] = []
    if model is not None:
        for name in model._meta.fields:
            if name in model.BOOKKEEPING or name in _HIDDEN:
                continue
            mine, other = ours.get(name), theirs.get(name)
            fields.append(FieldDiff(
                name, field_label(item.table_name, name),
                value_text(model, name, mine) if local is not None else _t("（本站没有此记录）"),
                value_text(model, name, other), local is None or mine != other))
    names = senders if senders is not None else _sender_names()
    return Comparison(
        item_id=item.id, item_ids=item_ids or (item.id,), table=item.table_name,
        kind=table_label(item.table_name), record=record_label(item.table_name, ours or theirs),
        row_uuid=item.row_uuid, sender=item.sender, sender_name=names.get(item.sender, ""),
        arrived=item.created_at, local_version=item.local_version if local is None else local.row_version,
        incoming_version=item.incoming_version,
        ours_by=str(ours.get("updated_by") or ""), ours_at=str(ours.get("updated_at") or "")[:16],
        theirs_by=str(theirs.get("updated_by") or ""), theirs_at=str(theirs.get("updated_at") or "")[:16],
        local_missing=local is None, fields=tuple(fields),
    )


def pending(session: Session) -> list[Comparison]:
    """Every row waiting in the queue, oldest first, compared with its newest incoming version."""
    session.require("sync")
    by_row: dict[str, list[ReviewItem]] = {}
    for item in ReviewItem.select().where(ReviewItem.status == "open").order_by(ReviewItem.id):
        by_row.setdefault(item.row_uuid, []).append(item)
    senders = _sender_names()
    return [compare(items[-1], item_ids=tuple(i.id for i in items), senders=senders)
            for items in by_row.values()]
