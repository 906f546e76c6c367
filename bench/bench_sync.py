"""Benchmark: sync packets of a 2,000-women village.

    python -m bench.bench_sync [--women 2000] [--villages 30]

Times (1) the full initial packet's export, (2) its import into a fresh township, without and
with the backup taken before an import, (3) a township importing --villages such packets (the
one village's packet rewritten per village: own site code, own UUIDs, own keys, so every packet
is a new village's data), and (4) a raw SQLite executemany of the same rows into an empty copy
of the schema, for the ratio. Targets: export ≤ 3 s, import ≤ 3 s, 30 packets ≤ 60 s.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from nacl.public import PublicKey, SealedBox
from nacl.signing import SigningKey

from app.sites import init_database
from app.sync import identity as ident
from app.sync import packet_format as pf
from app.sync.export import export_packet
from app.sync.importer import import_bytes
from app.sync.tables import synced_models, township_owned
from db.models_sync import Peer
from db.schema import open_sqlite

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _township(path: Path):
    return init_database(path, site_code="T01", site_name="红星镇", kind="township")


def _rewritten(entries: list, code: str) -> list:
    """The same village under another site code and fresh UUIDs (references follow)."""
    text = json.dumps(entries, ensure_ascii=False).replace('"V001"', f'"{code}"').replace('\\"V001\\"', f'\\"{code}\\"')
    ns = uuid.uuid5(uuid.NAMESPACE_DNS, code)
    text = UUID.sub(lambda m: str(uuid.uuid5(ns, m.group(0))), text)
    return json.loads(text)


def _packet_from(entries: list, manifest: dict, code: str, key: SigningKey, box_public: str) -> bytes:
    payload = pf.pack_payload(entries)
    m = {**manifest, "sender": code, "db_uuid": str(uuid.uuid5(uuid.NAMESPACE_DNS, code + "db")),
         "content_sha256": pf.content_hash(payload), "ack": None}
    sealed = SealedBox(PublicKey(ident.unb64(box_public))).encrypt(pf.compress(payload))
    return pf.build(m, sealed, lambda b: key.sign(b).signature)


def _raw_insert(village: Path, target: Path) -> tuple[int, float]:
    """The village's rows copied by executemany into an empty schema: the floor for an import."""
    _township(target).close()
    src = sqlite3.connect(village)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA foreign_keys = OFF")
    rows_by_table = {}
    for table, model in synced_models().items():
        if township_owned(model):
            continue  # the township keeps its own reference data; an import ignores these too
        rows_by_table[table] = src.execute(f'SELECT * FROM "{table}" WHERE site_code = ? AND id > 0', ("V001",)).fetchall()
    total = sum(len(r) for r in rows_by_table.values())
    started = time.perf_counter()
    with dst:
        for table, rows in rows_by_table.items():
            if rows:
                marks = ", ".join("?" for _ in rows[0][1:])
                cols = [d[1] for d in src.execute(f'PRAGMA table_info("{table}")')][1:]
                dst.executemany(f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({marks})',
                                [r[1:] for r in rows])
    seconds = time.perf_counter() - started
    src.close()
    dst.close()
    return total, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_sync")
    parser.add_argument("--women", type=int, default=2000)
    parser.add_argument("--villages", type=int, default=30)
    args = parser.parse_args(argv)
    from app.demo import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        village_path = root / "village.db"
        create_demo(village_path, women=args.women)
        township_path = root / "township.db"
        tdb = _township(township_path)
        t_file = ident.write_enrolment(root / "enrol")
        tdb.close()
        vdb = open_sqlite(village_path)
        v_file = ident.write_enrolment(root / "enrol")
        ident.enrol_peer(t_file)

        started, cpu = time.perf_counter(), time.process_time()
        packet = export_packet("T01", root / "usb")
        export_s, export_cpu = time.perf_counter() - started, time.process_time() - cpu
        vdb.close()
        data = (root / "usb" / packet.name).read_bytes()
        m = packet.manifest
        print(f"export: {m['entries']} change-log entries, {len(data) / 1e6:.2f} MB packet, {export_s:.2f} s "
              f"(CPU {export_cpu:.2f} s; target ≤ 3 s)")

        tdb = open_sqlite(township_path)
        ident.enrol_peer(v_file)
        me = ident.identity()
        tdb.close()
        for copy in ("township-b.db", "township-many.db"):  # same keys, nothing imported yet
            shutil.copy(township_path, root / copy)
        tdb = open_sqlite(township_path)
        started, cpu = time.perf_counter(), time.process_time()
        result = import_bytes(data, backup=False)
        import_s, import_cpu = time.perf_counter() - started, time.process_time() - cpu
        s = result.summary
        print(f"import: {s['imported']} rows new, {s['ignored']} ignored, {import_s:.2f} s "
              f"(CPU {import_cpu:.2f} s; target ≤ 3 s)")
        raw = pf.parse(data)
        entries = pf.read_entries(pf.decompress(SealedBox(me.box_key).decrypt(raw.sealed)), raw.manifest)
        tdb.close()

        try:
            import app.backup as backup

            backup.backup_folder = lambda: root / "backups"  # not the user's folder
        except ImportError:
            pass
        tdb = open_sqlite(root / "township-b.db")
        started = time.perf_counter()
        result = import_bytes(data, backup=True)
        print(f"import with the backup before it (app.backup): {time.perf_counter() - started:.2f} s"
              f"{'' if result.backup else ' (no app.backup: no backup taken)'}")
        tdb.close()

        rows, raw_s = _raw_insert(village_path, root / "raw.db")
        print(f"raw SQLite executemany of the same {rows} rows: {raw_s:.2f} s; import / raw = {import_s / raw_s:.1f}×")

        # A township receiving many villages: the packet rewritten per village (not timed),
        # then imported (timed), one village at a time.
        many_path = root / "township-many.db"
        tdb = open_sqlite(many_path)
        times: list[float] = []
        cpus: list[float] = []
        for k in range(args.villages):
            code = f"V{k + 101:03d}"
            key = SigningKey.generate()
            Peer.create(site_code=code, site_name=code, kind="village", sign_public=ident.b64(bytes(key.verify_key)),
                        box_public=ident.b64(bytes(key.to_curve25519_private_key().public_key)))
            blob = _packet_from(_rewritten(entries, code), raw.manifest, code, key, me.box_public)
            t0, c0 = time.perf_counter(), time.process_time()
            import_bytes(blob, backup=False)
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
            print(f"  village {k + 1}: {times[-1]:.2f} s (CPU {cpus[-1]:.2f} s)", flush=True)
        total = sum(times)
        cards = tdb.execute_sql("SELECT COUNT(*) FROM woman_card").fetchone()[0]
        print(f"township imports {args.villages} villages: {total:.1f} s (CPU {sum(cpus):.1f} s; target ≤ 60 s); first {times[0]:.2f} s, "
              f"last {times[-1]:.2f} s; {cards} cards, {many_path.stat().st_size / 1e6:.0f} MB")
        tdb.close()
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
