"""Making a packet for one peer: our change-log entries since the peer's last acknowledgement,
limited to rows the receiver may hold (its own and ours), minus what we imported from others."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nacl.public import PublicKey, SealedBox

from app import __version__
from app.sync import packet_format as pf
from app.sync.audience import Audience
from app.sync.fileio import write_atomic
from app.sync.identity import _site_kind, identity, peer, unb64
from app.sync.tables import synced_models
from db.base import now
from db.connection import database
from db.models import ChangeLog
from db.models_sync import ImportedPacket, Peer, SyncIdentity
from db.schema import CODE_SCHEMA_VERSION


@dataclass(frozen=True)
class Packet:
    name: str
    data: bytes
    manifest: dict[str, Any]


def _imported_ranges() -> tuple[list[int], list[int]]:
    rows = (ImportedPacket.select(ImportedPacket.local_first_seq, ImportedPacket.local_last_seq)
            .where(ImportedPacket.local_first_seq.is_null(False))
            .order_by(ImportedPacket.local_first_seq).tuples())
    starts, ends = [], []
    for first, last in rows:
        starts.append(first)
        ends.append(last)
    return starts, ends


def _stamp(value: Any) -> str:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value


def max_seq() -> int:
    return database.execute_sql(f'SELECT COALESCE(MAX(seq), 0) FROM "{ChangeLog._meta.table_name}"').fetchone()[0]


def outgoing_entries(receiver: str, after: int, upto: int) -> list[list[Any]]:
    me = identity()
    p = database.param
    cursor = database.execute_sql(
        f'SELECT seq, table_name, row_uuid, op, row_version, site_code, at, by, data, diff, reason '
        f'FROM "{ChangeLog._meta.table_name}" WHERE seq > {p} AND seq <= {p} '
        f"AND site_code IN ({p}, {p}) ORDER BY seq",
        (after, upto, me.site_code, receiver),
    )
    starts, ends = _imported_ranges()
    # A township's own rows go only where their audience allows (app/sync/audience.py).
    audience = Audience(me.site_code) if _site_kind()[1] == "township" else None
    models = synced_models()
    out = []
    for row in cursor:
        seq = row[0]
        i = bisect.bisect_right(starts, seq) - 1
        if i >= 0 and seq <= ends[i]:
            continue  # written by an import: the other side's change, not ours to send
        if audience is not None and row[5] == me.site_code and not audience.allows(
                models.get(row[1]), row[2], receiver):
            continue
        out.append([seq, row[1], row[2], row[3], row[4], row[5], _stamp(row[6]), row[7], row[8],
                    row[9], row[10]])
    return out


def make_packet(receiver: str) -> Packet:
    """A packet of everything the peer has not acknowledged, signed and sealed to it."""
    me = identity()
    target: Peer = peer(receiver)
    _name, kind, _parent = _site_kind()
    with database.atomic():
        upto = max_seq()
        after = min(target.acked_upto, upto)
        entries = outgoing_entries(receiver, after, upto)
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry[1]] = counts.get(entry[1], 0) + 1
    payload = pf.pack_payload(entries)
    restored = SyncIdentity.select(SyncIdentity.previous_db_uuid).scalar()
    manifest: dict[str, Any] = {
        "format": pf.FORMAT, "format_version": pf.FORMAT_VERSION,
        "schema_version": CODE_SCHEMA_VERSION, "app_version": __version__,
        "sender": me.site_code, "sender_kind": kind, "receiver": receiver,
        "db_uuid": me.db_uuid, "after_seq": after, "upto_seq": upto,
        "entries": len(entries), "counts": counts,
        "content_sha256": pf.content_hash(payload),
        "created_at": dt.datetime.now().replace(microsecond=0).isoformat(),
        "restored_from": restored,
        "ack": ({"db_uuid": target.peer_db_uuid, "received_upto": target.received_upto}
                if target.peer_db_uuid else None),
    }
    sealed = SealedBox(PublicKey(unb64(target.box_public))).encrypt(pf.compress(payload))
    data = pf.build(manifest, sealed, lambda b: me.signing_key.sign(b).signature)
    Peer.update(exported_upto=upto, exported_at=now()).where(Peer.id == target.id).execute()
    return Packet(pf.file_name(manifest), data, manifest)


def export_packet(receiver: str, folder: str | Path) -> Packet:
    """Write the packet into a folder (a USB stick) so that it is complete or absent."""
    packet = make_packet(receiver)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / packet.name, packet.data)
    return packet


def default_receivers() -> list[str]:
    """A village sends to its township; a township to every enrolled village."""
    return [p.site_code for p in Peer.select().order_by(Peer.site_code)]
