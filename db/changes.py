"""Writing synced rows: every insert, update and void bumps the row version, stamps who and
when, and appends to the change log in the same transaction as the change itself."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, TypeVar

import peewee as pw

from app.i18n import translate
from db.base import SyncedModel, now
from db.models import ChangeLog

M = TypeVar("M", bound=SyncedModel)


def _t(text: str) -> str:
    return translate("db", text)


@dataclass(frozen=True)
class Actor:
    """Who is making a change, and at which site."""

    username: str
    site_code: str


class ConcurrentEditError(RuntimeError):
    pass


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def row_data(instance: SyncedModel) -> dict[str, Any]:
    """The row as it travels: foreign keys by the referenced row's UUID, never local ids."""
    data: dict[str, Any] = {}
    for name, field in instance._meta.fields.items():
        if name == "id":
            continue
        if isinstance(field, pw.ForeignKeyField):
            target_id = getattr(instance, field.object_id_name, None)
            if target_id is None:
                data[name] = None
            else:
                data[name] = (
                    field.rel_model.select(field.rel_model.uuid)
                    .where(field.rel_model.id == target_id)
                    .scalar()
                )
        else:
            data[name] = _plain(getattr(instance, name))
    return data


def _log(instance: SyncedModel, op: str, actor: Actor, diff: dict, reason: str | None) -> None:
    ChangeLog.create(
        table_name=instance._meta.table_name,
        row_uuid=instance.uuid,
        op=op,
        row_version=instance.row_version,
        site_code=instance.site_code,
        at=instance.updated_at,
        by=actor.username,
        data=json.dumps(row_data(instance), ensure_ascii=False),
        diff=json.dumps(diff, ensure_ascii=False),
        reason=reason,
    )


def insert(model: type[M], actor: Actor, **fields: Any) -> M:
    stamp = now()
    fields.setdefault("site_code", actor.site_code)
    with model._meta.database.atomic():
        instance = model.create(
            created_by=actor.username,
            updated_by=actor.username,
            created_at=stamp,
            updated_at=stamp,
            row_version=1,
            **fields,
        )
        # An insert's new values are its data; the diff stays empty.
        _log(instance, "insert", actor, {}, None)
    return instance


def _comparable(instance: SyncedModel, name: str, value: Any) -> tuple[Any, Any]:
    field = instance._meta.fields[name]
    if isinstance(field, pw.ForeignKeyField):
        old = getattr(instance, field.object_id_name)
        new = value.id if isinstance(value, pw.Model) else value
        return old, new
    return getattr(instance, name), value


def update(instance: M, actor: Actor, *, reason: str | None = None, settles: int | None = None,
           **changes: Any) -> dict:
    """Apply changes; returns {field: [old, new]} ({} and no write when nothing changed).
    settles: see restate() (taking the other side's version in a sync conflict)."""
    diff: dict[str, list[Any]] = {}
    for name, value in changes.items():
        old, new = _comparable(instance, name, value)
        if old != new:
            diff[name] = [_plain(old), _plain(new)]
    if not diff and settles is None:
        return {}
    return _write(instance, actor, diff, {k: v for k, v in changes.items() if k in diff}, reason, settles)


def restate(instance: SyncedModel, actor: Actor, *, reason: str, settles: int) -> None:
    """Write the row again as it is: a sync conflict settled by keeping ours.

    settles: the other side's version of the row that the decision was made against. The new
    version is above both sides' and the log entry says which version it is based on
    (diff `row_version`: [settles, new]), so the other side, still at that version, takes it as a
    plain update and both end with the same row (app/sync/apply.py)."""
    _write(instance, actor, {}, {}, reason, settles)


def _write(instance: M, actor: Actor, diff: dict, changes: dict[str, Any], reason: str | None,
           settles: int | None) -> dict:
    model = type(instance)
    stamp = now()
    version = instance.row_version + 1
    if settles is not None:
        version = max(instance.row_version, settles) + 1
        diff = {**diff, "row_version": [settles, version]}
    with model._meta.database.atomic():
        values = {model._meta.fields[k]: v for k, v in changes.items()}
        values[model.row_version] = version
        values[model.updated_at] = stamp
        values[model.updated_by] = actor.username
        count = (
            model.update(values)
            .where((model.id == instance.id) & (model.row_version == instance.row_version))
            .execute()
        )
        if count != 1:
            raise ConcurrentEditError(
                _t("这条记录刚被其他人修改过，请关闭后重新打开再改")
            )
        for name in changes:
            setattr(instance, name, changes[name])
        instance.row_version = version
        instance.updated_at = stamp
        instance.updated_by = actor.username
        _log(instance, "update", actor, diff, reason)
    return diff


def void(instance: SyncedModel, actor: Actor, reason: str) -> dict:
    reason = (reason or "").strip()
    if not reason:
        raise ValueError(_t("作废必须填写原因"))
    if instance.voided:
        raise ValueError(_t("这条记录已经作废"))
    return update(instance, actor, reason=reason, voided=True, void_reason=reason)


def history(model: type[SyncedModel], row_uuid: str) -> list[ChangeLog]:
    """The audit trail of one row, oldest first."""
    return list(
        ChangeLog.select()
        .where((ChangeLog.table_name == model._meta.table_name) & (ChangeLog.row_uuid == row_uuid))
        .order_by(ChangeLog.seq)
    )
