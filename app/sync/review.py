"""The review queue: rows changed both here and at their sender, kept as they are here until
someone decides which version stands."""

from __future__ import annotations

import json

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


def resolve(session: Session, item_id: int, *, accept: bool) -> ReviewItem:
    """Keep ours, or take the sender's content (written here as our own change, so it travels
    back with a higher version)."""
    session.require("sync")
    item = ReviewItem.get_or_none((ReviewItem.id == item_id) & (ReviewItem.status == "open"))
    if item is None:
        raise SyncError(_t("没有编号为{n}的待核对记录").format(n=item_id))
    model = synced_models()[item.table_name]
    if accept:
        row = model.get(model.uuid == item.row_uuid)
        incoming = json.loads(item.incoming_data)
        values = {}
        for name, field in model._meta.fields.items():
            if name in model.BOOKKEEPING or name in ("uuid", "site_code") or name not in incoming:
                continue
            value = incoming[name]
            if hasattr(field, "rel_model") and value is not None:
                value = field.rel_model.get(field.rel_model.uuid == value).id
            values[name] = value
        changes.update(row, session.actor, reason=_t("同步冲突：采用对方版本"), **values)
    # Later entries for this row are judged again once the queue no longer holds it.
    ReviewItem.update(status="accepted" if accept else "kept", resolved_by=session.username,
                      resolved_at=now()).where(ReviewItem.row_uuid == item.row_uuid,
                                               ReviewItem.status == "open").execute()
    return ReviewItem.get_by_id(item.id)
