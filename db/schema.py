"""Schema version ladder.

The version lives in SQLite's `PRAGMA user_version` (a `schema_version` setting on
PostgreSQL). Each step runs in one transaction, a backup is taken before any upgrade, and a
file written by a newer program is refused rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from app.i18n import translate
from db import (
    models_incentives,
    models_returns,
    models_stock,
    models_stock_dispatch,
    models_sync,
    models_township,
)
from db.connection import DatabaseFileError, bind, make_sqlite, probe_sqlite
from db.index_pruning import prune_indexes
from db.models import ALL_MODELS, SYNCED_MODELS, ChangeLog, Setting
from db.models_services import SERVICE_MODELS, SERVICE_SYNCED_MODELS, DueVisit, due_display_triggers

APPLICATION_ID = 0x46505247  # "FPRG": marks a file as ours
CODE_SCHEMA_VERSION = 10


def _t(text: str) -> str:
    return translate("db", text)


def _sqlite_guards(db: pw.Database, synced: list[type[pw.Model]], *, log_too: bool) -> None:
    """Triggers that make the change log append-only and synced rows undeletable."""
    if not isinstance(db, pw.SqliteDatabase):
        return
    log = ChangeLog._meta.table_name
    if log_too:
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS {log}_no_update BEFORE UPDATE ON {log} "
            "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"
        )
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS {log}_no_delete BEFORE DELETE ON {log} "
            "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"
        )
    for model in synced:
        table = model._meta.table_name
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'rows are voided, never deleted'); END"
        )


def _postgres_guards(db: pw.Database, synced: list[type[pw.Model]], *, log_too: bool) -> None:
    if not isinstance(db, pw.PostgresqlDatabase):
        return
    log = ChangeLog._meta.table_name
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION fpreg_refuse() RETURNS trigger AS $$ "
        "BEGIN RAISE EXCEPTION 'append-only or void-only table'; END; $$ LANGUAGE plpgsql"
    )
    tables = ([log] if log_too else []) + [m._meta.table_name for m in synced]
    for table in tables:
        events = "UPDATE OR DELETE" if table == log else "DELETE"
        db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_guard ON {table}")
        db.execute_sql(
            f"CREATE TRIGGER {table}_guard BEFORE {events} ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION fpreg_refuse()"
        )


def _upgrade_to_1(db: pw.Database) -> None:
    """The register: sites, groups, households, people, marriages, cards, users, change log."""
    db.create_tables(ALL_MODELS)
    _sqlite_guards(db, SYNCED_MODELS, log_too=True)
    _postgres_guards(db, SYNCED_MODELS, log_too=True)


def _upgrade_to_2(db: pw.Database) -> None:
    """Services: method episodes, procedures, checks, life events, follow-up rules, visits."""
    db.create_tables(SERVICE_MODELS)
    # The due lists join tens of thousands of items to their card's UUID; a covering index
    # saves a read of the wide card row for each (today's county-wide list: ~270 → ~190 ms).
    db.execute_sql("CREATE INDEX IF NOT EXISTS woman_card_person_uuid ON woman_card (person_id, uuid)")
    due_display_triggers(db)
    _sqlite_guards(db, SERVICE_SYNCED_MODELS, log_too=False)
    _postgres_guards(db, SERVICE_SYNCED_MODELS, log_too=False)


def _upgrade_to_8(db: pw.Database) -> None:
    """Due items carry the display columns (files made by version-2 code before they existed).

    Step 2 now creates them, so new files have them already. Due items are derived data: an
    older table is rebuilt empty and the next daily refresh recomputes every item."""
    columns = {c.name for c in db.get_columns(DueVisit._meta.table_name)}
    if "card_uuid" not in columns:
        db.drop_tables([DueVisit])
        db.create_tables([DueVisit])
        Setting.delete().where(Setting.key == "due_computed_on").execute()
    due_display_triggers(db)


def _prune_indexes(db: pw.Database) -> None:
    """Drop the indexes another index makes useless, and those on the voided flag alone
    (db/index_pruning.py). A later step that adds tables prunes its own."""
    prune_indexes(db)


def _feature_step(module) -> Callable[[pw.Database], None]:
    """A step that adds one capability's tables: `module.MODELS` (all), `module.SYNCED` (those
    whose rows are synced: undeletable), then `module.after_create(db)` (indexes) if defined."""

    def step(db: pw.Database) -> None:
        db.create_tables(module.MODELS)
        extra = getattr(module, "after_create", None)
        if extra is not None:
            extra(db)
        _sqlite_guards(db, module.SYNCED, log_too=False)
        _postgres_guards(db, module.SYNCED, log_too=False)

    step.__doc__ = (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else None
    return step


# One function per step: STEPS[n] turns a version n-1 schema into version n.
STEPS: dict[int, Callable[[pw.Database], None]] = {
    1: _upgrade_to_1,
    2: _upgrade_to_2,
    3: _feature_step(models_stock),  # issue 4: contraceptive stock
    4: _feature_step(models_incentives),  # issue 5: incentive payments
    5: _feature_step(models_returns),  # issue 6: monthly returns and period close
    6: _feature_step(models_sync),  # issue 7: sync packets
    7: _feature_step(models_township),  # issue 7 item 6: township views (transfer requests)
    8: _upgrade_to_8,
    9: _feature_step(models_stock_dispatch),  # issue 7 item 4: stock dispatched to villages
    10: _prune_indexes,
}
assert sorted(STEPS) == list(range(1, CODE_SCHEMA_VERSION + 1))


def get_version(db: pw.Database) -> int:
    if isinstance(db, pw.SqliteDatabase):
        return db.execute_sql("PRAGMA user_version").fetchone()[0]
    if not db.table_exists(Setting._meta.table_name):
        return 0
    row = Setting.get_or_none(Setting.key == "schema_version")
    return int(row.value) if row else 0


def _set_version(db: pw.Database, version: int) -> None:
    if isinstance(db, pw.SqliteDatabase):
        db.execute_sql(f"PRAGMA user_version = {int(version)}")
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    else:
        # An upsert both databases understand (peewee's replace() is SQLite/MySQL only).
        Setting.insert(key="schema_version", value=str(version)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: str(version)}
        ).execute()


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a live database with SQLite's online backup API (safe while others read)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}.{stamp}.bak")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: pw.Database, *, path: Path | None = None) -> list[int]:
    """Bring the bound database to CODE_SCHEMA_VERSION; returns the steps applied."""
    current = get_version(db)
    if current > CODE_SCHEMA_VERSION:
        raise DatabaseFileError(
            _t(
                "此数据库由较新版本的程序写入（数据库版本{f}，本程序支持到{c}），"
                "为避免损坏数据已拒绝打开；请先升级本程序"
            ).format(f=current, c=CODE_SCHEMA_VERSION)
        )
    if current == CODE_SCHEMA_VERSION:
        return []
    if current > 0 and path is not None:
        backup_sqlite(path, f"before-v{CODE_SCHEMA_VERSION}")
    applied = []
    for version in range(current + 1, CODE_SCHEMA_VERSION + 1):
        with db.atomic():
            STEPS[version](db)
            _set_version(db, version)
        applied.append(version)
    return applied


def open_sqlite(path: str | Path, *, create: bool = False) -> pw.SqliteDatabase:
    """Open (or, with create=True, create) a register database and bring its schema up to date."""
    path = Path(path)
    if not path.exists() and not create:
        raise DatabaseFileError(_t("数据库文件“{p}”不存在").format(p=path))
    probe_sqlite(path)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = make_sqlite(path)
    try:
        db.connect(reuse_if_open=True)
        app_id = db.execute_sql("PRAGMA application_id").fetchone()[0]
        tables = db.get_tables()
        if app_id != APPLICATION_ID and tables:
            raise DatabaseFileError(
                _t("“{p}”是别的程序的SQLite数据库，不是本系统的数据库文件").format(p=path)
            )
        bind(db)
        upgrade(db, path=path)
    except DatabaseFileError:
        db.close()
        raise
    except pw.OperationalError as exc:
        db.close()
        if "locked" in str(exc):
            raise DatabaseFileError(
                _t("数据库文件“{p}”正被另一个程序锁定，请关闭其他正在使用它的窗口后重试").format(p=path)
            ) from exc
        raise DatabaseFileError(_t("无法打开数据库“{p}”：{e}").format(p=path, e=exc)) from exc
    return db
