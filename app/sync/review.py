"""The review queue: rows changed both here and at their sender, kept as they are here until
someone decides which version stands."""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.auth import Session
from app.i18n import translate
from app.sync.identity import SyncError
from app.sync.tables import synced_models
from db import changes
from db.base import now
from db.models_sync import ReviewItem


def _t(text: str) -> str:
    return translate("sync", text)


def open_items() -> list[ReviewItem]:
    return list(ReviewItem.select().where(ReviewItem.status == "open").order_by(ReviewItem.id))


def open_count() -> int:
    """Rows waiting for a decision (a row queued by several packets counts once)."""
    return (ReviewItem.select(ReviewItem.row_uuid).where(ReviewItem.status == "open")
            .distinct().count())


def _local_row(item: ReviewItem):
    model = synced_models()[item.table_name]
    return model, model.get_or_none(model.uuid == item.row_uuid)


def _take_theirs(session: Session, item: ReviewItem) -> None:
    model, row = _local_row(item)
    if row is None:
        raise SyncError(_t("待核对记录{n}对应的记录在本库中已不存在，只能保留本地版本").format(n=item.id))
    incoming = json.loads(item.incoming_data)
    values = {}
    for name, field in model._meta.fields.items():
        if name in model.BOOKKEEPING or name in ("uuid", "site_code") or name not in incoming:
            continue
        value = incoming[name]
        if hasattr(field, "rel_model") and value is not None:
            target = field.rel_model.get_or_none(field.rel_model.uuid == value)
            if target is None:
                raise SyncError(_t("待核对记录{n}：对方版本引用的记录本库还没有（{f}），暂时无法采用；"
                                   "请先导入对方之前的数据包").format(n=item.id, f=name))
            value = target.id
        values[name] = value
    changes.update(row, session.actor, reason=_t("同步冲突：采用对方版本"), settles=item.incoming_version,
                   **values)


def _keep_ours(session: Session, item: ReviewItem) -> None:
    """Our row written again above the sender's version, so that it travels back and replaces
    theirs: both sides end with the same row instead of each keeping its own."""
    _model, row = _local_row(item)
    if row is not None:
        changes.restate(row, session.actor, reason=_t("同步冲突：保留本站版本"), settles=item.incoming_version)


def _resolve_one(session: Session, item_id: int, accept: bool, done: set[str]) -> ReviewItem | None:
    item = ReviewItem.get_or_none(ReviewItem.id == item_id)
    if item is not None and item.status != "open" and item.row_uuid in done:
        return None  # settled with another item of the same row in this action
    if item is None or item.status != "open":
        raise SyncError(_t("没有编号为{n}的待核对记录").format(n=item_id))
    # A row queued by several packets: the sender's newest version is the one to take or to pass.
    newest = (ReviewItem.select().where((ReviewItem.row_uuid == item.row_uuid) & (ReviewItem.status == "open"))
              .order_by(ReviewItem.id.desc()).first())
    if accept:
        _take_theirs(session, newest)
    else:
        _keep_ours(session, newest)
    # Later entries for this row are judged again once the queue no longer holds it.
    ReviewItem.update(status="accepted" if accept else "kept", resolved_by=session.username,
                      resolved_at=now()).where(ReviewItem.row_uuid == item.row_uuid,
                                               ReviewItem.status == "open").execute()
    done.add(item.row_uuid)
    return ReviewItem.get_by_id(item.id)


def resolve(session: Session, item_id: int, *, accept: bool) -> ReviewItem:
    """Keep ours or take the sender's content; either way written here as our own change with a
    version above the sender's, so it travels back and both sides end with the same row."""
    [item] = resolve_many(session, [item_id], accept=accept)
    return item


def resolve_many(session: Session, item_ids: Iterable[int], *, accept: bool) -> list[ReviewItem]:
    """The same decision for several items, all or none (one transaction): a refusal for one
    leaves every row and item as it was."""
    session.require("sync")
    done: set[str] = set()
    resolved: list[ReviewItem] = []
    with ReviewItem._meta.database.atomic():
        for item_id in item_ids:
            item = _resolve_one(session, item_id, accept, done)
            if item is not None:
                resolved.append(item)
    return resolved
