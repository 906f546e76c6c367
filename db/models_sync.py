"""Sync packets: this install's identity and keys, enrolled peers with their outbox/inbox
positions, the packets imported, and the review queue of rows changed on both sides (issue 7).

None of these rows travel: they describe this database's side of the exchange, so they are
plain BaseModels (SYNCED stays empty).
"""

from __future__ import annotations

import peewee as pw

from db.base import BaseModel, now


class SyncIdentity(BaseModel):
    """The single row naming this database: its site, its UUID (a new one after a restore from
    backup, so the township sees a new stream rather than a sequence going backwards) and its
    key pairs. The private keys never leave this table (see docs/decisions.md)."""

    site_code = pw.CharField(max_length=32)
    db_uuid = pw.CharField(max_length=36)
    sign_private = pw.CharField(max_length=64)  # Ed25519 seed, base64
    box_private = pw.CharField(max_length=64)  # Curve25519 private key, base64
    created_at = pw.DateTimeField(default=now)
    previous_db_uuid = pw.CharField(max_length=36, null=True)  # before the last restore
    restored_at = pw.DateTimeField(null=True)


class Peer(BaseModel):
    """Another site whose enrolment file was imported: the only senders we trust."""

    site_code = pw.CharField(max_length=32, unique=True)
    site_name = pw.CharField(max_length=100, default="")
    kind = pw.CharField(max_length=16)  # village | township
    sign_public = pw.CharField(max_length=64)
    box_public = pw.CharField(max_length=64)
    enrolled_at = pw.DateTimeField(default=now)
    # Outbox: the last of our change-log seqs the peer acknowledged (for our current db_uuid).
    acked_upto = pw.IntegerField(default=0)
    acked_at = pw.DateTimeField(null=True)
    exported_upto = pw.IntegerField(default=0)
    exported_at = pw.DateTimeField(null=True)
    # Inbox: the peer's database stream we follow and how far we have applied it.
    peer_db_uuid = pw.CharField(max_length=36, null=True)
    received_upto = pw.IntegerField(default=0)
    received_packet_at = pw.DateTimeField(null=True)  # creation time of that packet
    imported_at = pw.DateTimeField(null=True)
    last_sync_at = pw.DateTimeField(null=True)  # last successful network sync
    # What the peer last told us about our stream (to notice our own restore).
    peer_ack_db_uuid = pw.CharField(max_length=36, null=True)


class ImportedPacket(BaseModel):
    """One packet applied here; its id is the SHA-256 of the whole file body, so a replay of
    the same file is recognised; local_first/last_seq bound the change-log entries it wrote
    (they are not ours to send back)."""

    packet_id = pw.CharField(max_length=64, unique=True)
    sender = pw.CharField(max_length=32, index=True)
    sender_db_uuid = pw.CharField(max_length=36)
    after_seq = pw.IntegerField()
    upto_seq = pw.IntegerField()
    created_at = pw.DateTimeField()
    imported_at = pw.DateTimeField(default=now)
    local_first_seq = pw.IntegerField(null=True)
    local_last_seq = pw.IntegerField(null=True)
    summary = pw.TextField(default="{}")


class ReviewItem(BaseModel):
    """A row changed both here and at its sender: kept as it is here until someone decides."""

    table_name = pw.CharField(max_length=40)
    row_uuid = pw.CharField(max_length=36, index=True)
    sender = pw.CharField(max_length=32)
    packet_id = pw.CharField(max_length=64)
    incoming_version = pw.IntegerField()
    local_version = pw.IntegerField()
    incoming_data = pw.TextField()
    created_at = pw.DateTimeField(default=now)
    status = pw.CharField(max_length=12, default="open", index=True)  # open | accepted | kept | settled (by the sender)
    resolved_by = pw.CharField(max_length=64, null=True)
    resolved_at = pw.DateTimeField(null=True)


MODELS: list[type[pw.Model]] = [SyncIdentity, Peer, ImportedPacket, ReviewItem]
SYNCED: list[type[pw.Model]] = []
