"""What sync does after this database was replaced by a backup (called by app.backup).

Decision (docs/decisions.md): the restored file gets a NEW database UUID and its outboxes are
reset to nothing acknowledged, so its next packet to each peer is a complete stream from seq 1
that names the old UUID (`restored_from`). The township then sees a new stream rather than a
sequence going backwards: rows it already has at the same version are ignored, rows changed on
both sides since the backup go to its review queue. Its inbox position is kept: what the
township sent is replayed from the township's next packet, which overlaps harmlessly.
"""

from __future__ import annotations

import uuid

import peewee as pw

from db.base import now
from db.models_sync import Peer, SyncIdentity


def after_restore(db: pw.Database | None = None) -> str | None:
    """Start a new sync stream for this database; returns the new UUID (None if sync was never
    set up here). `db` is the restored database, already bound."""
    row = SyncIdentity.select().first()
    if row is None:
        return None
    new = str(uuid.uuid4())
    with SyncIdentity._meta.database.atomic():
        SyncIdentity.update(previous_db_uuid=row.db_uuid, db_uuid=new, restored_at=now()).where(
            SyncIdentity.id == row.id
        ).execute()
        Peer.update(acked_upto=0, exported_upto=0, acked_at=None).execute()
    return new
