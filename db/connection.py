"""The one place where database connections are configured."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from app.i18n import translate

# Models bind to this proxy; open_sqlite/open_postgres point it at a real database.
database = pw.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a power cut must not lose a committed user action
    "busy_timeout": 5000,
    "cache_size": -32000,
}


# How long opening waits for another program to release the file before saying it is locked.
LOCK_WAIT_SECONDS = 5.0
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _t(text: str) -> str:
    return translate("db", text)


class DatabaseFileError(RuntimeError):
    """A database file that cannot be used; the message says why in plain Chinese."""


def make_sqlite(path: str | Path) -> pw.SqliteDatabase:
    return pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)


def bind(db: pw.Database) -> pw.Database:
    database.initialize(db)
    return db


def probe_sqlite(path: Path) -> None:
    """Turn a locked, unreadable or corrupt file into one clear message before peewee sees it."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseFileError(_t("“{p}”是一个文件夹，不是数据库文件").format(p=path))
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseFileError(_t("无法读取数据库文件“{p}”：{e}").format(p=path, e=exc)) from exc
    if head and head != b"SQLite format 3\x00":
        raise DatabaseFileError(
            _t("“{p}”不是本系统的数据库文件（文件已损坏或是其他类型的文件）").format(p=path)
        )
    # quick_check reads every page (~1.5 s for a county-sized file), so only village-sized
    # files get it on every open; larger ones get a schema read here and `fpreg check`.
    thorough = path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=LOCK_WAIT_SECONDS)
        try:
            if thorough:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
            else:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                result = "ok"
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseFileError(
                _t("数据库文件“{p}”正被另一个程序锁定，请关闭其他正在使用它的窗口后重试").format(p=path)
            ) from exc
        raise DatabaseFileError(
            _t("数据库文件“{p}”无法打开：{e}").format(p=path, e=exc)
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(
            _t("数据库文件“{p}”已损坏（{e}），请从备份恢复").format(p=path, e=exc)
        ) from exc
    if result != "ok":
        raise DatabaseFileError(
            _t("数据库文件“{p}”已损坏（{e}），请从备份恢复").format(p=path, e=result)
        )


def refresh_statistics(db: pw.Database) -> None:
    """Re-gather the query planner's statistics after a bulk load.

    Without them SQLite may drive a search from the low-selectivity `voided` index and scan
    every card (80–110 ms instead of a few ms on 100,000 women).
    """
    if isinstance(db.obj if isinstance(db, pw.DatabaseProxy) else db, pw.SqliteDatabase):
        db.execute_sql("PRAGMA analysis_limit = 1000")  # sample; a full ANALYZE reads every index
        db.execute_sql("ANALYZE")
