"""Bad packets: truncated, corrupted, tampered, replayed, foreign, unknown-sender and
future-format files are each refused with their own message and nothing is applied; an import
that dies half-way leaves the database as it was; an export cut off leaves no packet."""

from __future__ import annotations

import hashlib
import json
import os
import struct

import pytest

from app.sync import identity as ident
from app.sync import packet_format as pf
from app.sync.apply import Applier
from app.sync.export import export_packet
from app.sync.importer import import_bytes, inspect
from db.models import ChangeLog, Person
from db.models_sync import ImportedPacket, Peer

from .sync_sites import Place, enrol


@pytest.fixture
def sites(tmp_path):
    township = Place(tmp_path, "T01", "township", "红星镇")
    village = Place(tmp_path, "V001", "village", "红旗村")
    enrol(township, village)
    village.add_women(3)
    yield township, village
    township.db.close()
    village.db.close()


def snapshot(place: Place) -> tuple:
    with place:
        return (Person.select().count(), ChangeLog.select().count(), ImportedPacket.select().count(),
                [(p.received_upto, p.acked_upto, p.peer_db_uuid) for p in Peer.select().order_by(Peer.id)])


def reseal(data: bytes, change) -> bytes:
    """Apply `change` to the parts and rebuild a file whose checksum is right again (what a
    deliberate forger would do), keeping the original signature."""
    at = len(pf.MAGIC)
    (mlen,) = struct.unpack(">I", data[at : at + 4])
    manifest = json.loads(data[at + 4 : at + 4 + mlen])
    at += 4 + mlen
    (plen,) = struct.unpack(">Q", data[at : at + 8])
    sealed = data[at + 8 : at + 8 + plen]
    signature = data[at + 8 + plen : at + 8 + plen + pf.SIGNATURE_BYTES]
    manifest, sealed = change(manifest, sealed)
    return pf.build(manifest, sealed, lambda b: signature)


def refused(place: Place, data: bytes, kind: str) -> str:
    before = snapshot(place)
    with place, pytest.raises(pf.PacketError) as err:
        import_bytes(data, backup=False)
    assert err.value.kind == kind, str(err.value)
    assert snapshot(place) == before
    return str(err.value)


def test_each_fault_has_its_own_message(sites, tmp_path):
    township, village = sites
    data = village.export("T01").read_bytes()
    messages = {
        refused(township, data[: len(data) // 2], "truncated"),
        refused(township, data[:5], "truncated"),
        refused(township, b"PK\x03\x04" + data, "not_packet"),
        refused(township, data[:200] + bytes([data[200] ^ 0x40]) + data[201:], "corrupted"),
        refused(township, reseal(data, lambda m, s: ({**m, "counts": {**m["counts"], "person": 99}}, s)), "tampered"),
        refused(township, reseal(data, lambda m, s: (m, s[:-1] + bytes([s[-1] ^ 1]))), "tampered"),
        refused(township, reseal(data, lambda m, s: ({**m, "format_version": 2}, s)), "future_format"),
    }
    assert len(messages) == 6  # the two forgeries fail the same signature check
    assert any("不完整" in m for m in messages) and any("较新版本" in m or "升级" in m for m in messages)
    assert township.import_(village.export("T01")).status == "imported"


def test_foreign_and_unknown_sender_are_refused(sites, tmp_path):
    township, village = sites
    other = Place(tmp_path, "T02", "township", "东风镇")
    stranger = Place(tmp_path, "V009", "village", "外村")
    try:
        enrol(other, village)
        assert "不是发给本站点" in refused(other, village.export("T01").read_bytes(), "foreign")
        with stranger:  # knows the township's keys, but the township never enrolled it
            ident.enrol_peer(township.root / "enrol" / "fpreg-enrol-T01.json")
        assert "未登记的站点" in refused(township, stranger.export("T01").read_bytes(), "unknown_sender")
    finally:
        other.db.close()
        stranger.db.close()


def test_replayed_packet_changes_nothing(sites):
    township, village = sites
    path = village.export("T01")
    assert township.import_(path).status == "imported"
    before = snapshot(township)
    again = township.import_(path)
    assert again.status == "already_imported" and "已经导入过" in again.message
    assert snapshot(township) == before


def test_inspect_reads_the_manifest_without_keys(sites):
    _township, village = sites
    manifest = inspect(village.export("T01"))
    assert manifest["sender"] == "V001" and manifest["receiver"] == "T01"
    assert manifest["counts"]["woman_card"] == 3 and manifest["after_seq"] == 0
    assert len(manifest["packet_id"]) == 64


def test_death_mid_import_leaves_database_as_before(sites, monkeypatch):
    township, village = sites
    data = village.export("T01").read_bytes()
    before = snapshot(township)

    def die(self):
        raise RuntimeError("power cut")

    monkeypatch.setattr(Applier, "_hooks", die)  # after rows and log are written, before commit
    with township, pytest.raises(RuntimeError):
        import_bytes(data, backup=False)
    assert snapshot(township) == before
    monkeypatch.undo()
    with township:
        assert import_bytes(data, backup=False).status == "imported"


def test_killed_import_process_leaves_database_as_before(sites, tmp_path):
    """A real process killed while applying: SQLite rolls the transaction back."""
    import subprocess
    import sys

    township, village = sites
    path = village.export("T01")
    before = snapshot(township)
    township.db.close()
    script = (
        "import os, sys\n"
        "from db.schema import open_sqlite\n"
        "from app.sync import apply\n"
        "def die(self):\n"
        "    os._exit(9)\n"  # no rollback, no cleanup: like a power cut
        "apply.Applier._hooks = die\n"
        "open_sqlite(sys.argv[1])\n"
        "from app.sync.importer import import_packet\n"
        "import_packet(sys.argv[2], backup=False)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(township.path), str(path)], cwd=os.getcwd(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 9, proc.stderr
    township.reopen()
    assert snapshot(township) == before


def test_export_cut_off_leaves_no_packet(sites, tmp_path, monkeypatch):
    _township, village = sites
    folder = tmp_path / "stick"
    folder.mkdir()

    def pulled(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", pulled)
    with village, pytest.raises(OSError):
        export_packet("T01", folder)
    assert list(folder.glob("*.fpk")) == []


def test_checksum_covers_every_byte(sites):
    _township, village = sites
    data = village.export("T01").read_bytes()
    body = data[: -(pf.CHECKSUM_BYTES + len(pf.END))]
    assert data[len(body) : len(body) + pf.CHECKSUM_BYTES] == hashlib.sha256(body).digest()
