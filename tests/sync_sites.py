"""Sites for sync tests: a township and villages, each its own SQLite file in a temp dir.

Models bind to one global proxy, so a test works on one site at a time: `with site:` binds it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import shutil
from pathlib import Path

import peewee as pw

from app import register
from app.auth import system_session
from app.idnumber import make
from app.sites import init_database
from app.sync import identity as ident
from app.sync.export import export_packet
from app.sync.importer import import_packet
from app.sync.tables import synced_models
from db.connection import bind
from db.schema import open_sqlite
from tests.conftest import TODAY, woman

NAMES = ["张秀英", "李娜", "王芳", "赵丽", "刘洋", "陈静", "杨敏", "黄丽", "周敏", "吴静"]


def _plain(value) -> str:
    """One spelling on both databases (PostgreSQL's FloatField is single precision)."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


class Place:
    def __init__(self, root: Path, code: str, kind: str, name: str):
        self.root, self.code, self.kind = root, code, kind
        self.path = root / f"{code}.db"
        self.usb = root / "usb"
        self.db: pw.Database = init_database(self.path, site_code=code, site_name=name, kind=kind, groups=3)
        self.session = system_session(code)

    def __enter__(self) -> Place:
        bind(self.db)
        return self

    def __exit__(self, *exc) -> None:
        pass

    def reopen(self) -> None:
        self.db.close()
        self.db = open_sqlite(self.path)

    def backup_to(self, target: Path) -> None:
        self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(self.path, target)

    def restore_from(self, source: Path) -> None:
        self.db.close()
        for suffix in ("-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        shutil.copy(source, self.path)
        self.db = open_sqlite(self.path)

    def add_women(self, n: int, start: int = 0) -> list[str]:
        with self:
            uuids = []
            for i in range(start, start + n):
                birth = dt.date(1985 + i % 12, 1 + i % 12, 1 + i % 27)
                form = woman(name=NAMES[i % len(NAMES)], id_number=make("110101", birth, 100 + 2 * i),
                             household_number=f"{i + 1:04d}", group_number=1 + i % 3,
                             phone=f"138{i:08d}")
                uuids.append(register.add_woman(self.session, form, today=TODAY).uuid)
            return uuids

    def export(self, to: str, folder: Path | None = None) -> Path:
        with self:
            packet = export_packet(to, folder or self.usb)
            return (folder or self.usb) / packet.name

    def import_(self, path: Path):
        with self:
            return import_packet(path, backup=False)

    def rows(self, site_codes: set[str]) -> dict[str, dict[str, tuple]]:
        """Every synced row owned by these sites: table → uuid → (version, voided, content)."""
        with self:
            out: dict[str, dict[str, tuple]] = {}
            for table, model in synced_models().items():
                cols = [f.column_name for n, f in model._meta.fields.items()
                        if n not in model.BOOKKEEPING and not isinstance(f, pw.ForeignKeyField)]
                marks = ", ".join(self.db.param for _ in site_codes)
                sql = f'SELECT uuid, row_version, {", ".join(cols)} FROM "{table}" WHERE site_code IN ({marks})'
                out[table] = {r[0]: tuple(_plain(x) for x in r[1:]) for r in self.db.execute_sql(sql, sorted(site_codes))}
            return out


class PgPlace(Place):
    """A township whose database is PostgreSQL (what init_database does for a file, done on a
    fresh server database)."""

    def __init__(self, root: Path, code: str, name: str, db: pw.Database):
        from app import settings
        from app.rules import seed_rules
        from db import changes, schema
        from db.models import Site

        self.root, self.code, self.kind, self.path, self.usb = root, code, "township", None, root / "usb"
        self.db = db
        bind(db)
        schema.upgrade(db)
        self.session = system_session(code)
        with db.atomic():
            settings.put("site_code", code)
            changes.insert(Site, self.session.actor, code=code, name=name, kind="township")
            seed_rules(self.session)
            for module, name in (("app.incentives.schemes", "seed_schemes"), ("app.stock.catalogue", "seed_catalogue")):
                try:
                    seed = getattr(importlib.import_module(module), name)
                except (ImportError, AttributeError):
                    continue
                seed(self.session)


def enrol(township: Place, *villages: Place) -> None:
    folder = township.root / "enrol"
    with township:
        t_file = ident.write_enrolment(folder)
    for v in villages:
        with v:
            v_file = ident.write_enrolment(folder)
            ident.enrol_peer(t_file)
        with township:
            ident.enrol_peer(v_file)
