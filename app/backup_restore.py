"""Restoring a backup: verify first, keep the file being replaced, swap atomically.

Nothing in the data folder changes until the backup has passed the full integrity check and
the site and schema checks, and a copy of it sits complete and synced next to the database.
The replaced database is kept as <name>.replaced-<time>.db (a hard link where the file
system allows, so keeping it costs neither time nor space). The program must have closed the
database before a restore (the GUI closes it and quits afterwards).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import shutil
import sqlite3
from pathlib import Path

from app.backup_files import check_space, explain, fsync_dir, fsync_file, prepare_folder, remove_quietly
from app.backup_verify import STAMP_FORMAT, BackupError, BackupInfo, read_site, verify_backup
from app.i18n import translate


def _t(text: str) -> str:
    return translate("backup", text)


SIDECARS = ("-wal", "-shm", "-journal")


def current_site(db_path: Path) -> str | None:
    """The site code of the database about to be replaced, or None if it cannot be read
    (a damaged database is the usual reason for a restore)."""
    if not db_path.is_file():
        return None
    try:
        # Read-write on purpose: the last connection to close removes the -wal and -shm files,
        # where a read-only one would leave them behind.
        conn = sqlite3.connect(str(db_path), timeout=5)
        try:
            return read_site(conn)[0] or None
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def site_of_target(db_path: Path) -> str | None:
    """Whose backup may replace db_path: its own site, else the site set up at first run."""
    site = current_site(db_path)
    if site is None:
        from app.first_run import load_config

        site = load_config().get("site_code") or None
    return site


def _settle(db_path: Path) -> None:
    """Fold the write-ahead log into the old file so the kept copy is complete on its own."""
    try:
        conn = sqlite3.connect(str(db_path), timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # damaged: keep it with its -wal beside it, as it is


def _keep(db_path: Path, kept: Path) -> None:
    try:
        os.link(db_path, kept)
    except OSError:  # FAT sticks, some network drives: a real copy instead
        shutil.copy2(db_path, kept)
        fsync_file(kept)


def run_after_restore(db_path: Path) -> bool:
    """Let sync renumber its packet sequence (issue 7) if that module is present."""
    try:
        module = importlib.import_module("app.sync.restore")
    except ModuleNotFoundError as exc:
        if exc.name in ("app.sync", "app.sync.restore"):
            return False
        raise
    from db.schema import open_sqlite

    db = open_sqlite(db_path)
    try:
        module.after_restore(db)
    finally:
        db.close()
    return True


def restore(
    backup_path: str | Path,
    db_path: str | Path,
    *,
    expected_site: str | None = None,
    session=None,
    now: dt.datetime | None = None,
    after_restore: bool = True,
    info: BackupInfo | None = None,
) -> Path | None:

    """Replace db_path by the backup; returns where the replaced file was kept (None if there
    was no file). expected_site defaults to the current database's site (or the configured
    one when the current file cannot be read)."""
    if session is not None:
        session.require("manage_backups")
    backup_path, db_path = Path(backup_path), Path(db_path)
    if expected_site is None:
        expected_site = site_of_target(db_path)
    if info is None:
        info = verify_backup(backup_path, expected_site)
    folder = db_path.parent
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    prepare_folder(folder)
    check_space(folder, info.size)
    tmp = folder / f".{db_path.name}.restore-{stamp}.part"
    kept: Path | None = None
    try:
        shutil.copyfile(backup_path, tmp)
        fsync_file(tmp)
        try:
            verify_backup(tmp, info.site_code, quick=True)
        except BackupError as exc:
            raise BackupError(
                _t("复制到数据文件夹后校验失败（{e}），原数据库没有改动").format(e=exc)
            ) from exc
        if db_path.exists():
            _settle(db_path)
            kept = folder / f"{db_path.stem}.replaced-{stamp}{db_path.suffix}"
            _keep(db_path, kept)
        for suffix in SIDECARS:
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                if kept is not None:
                    os.replace(side, Path(f"{kept}{suffix}"))
                else:
                    side.unlink()
        os.replace(tmp, db_path)
        fsync_dir(folder)
    except (OSError, sqlite3.Error, BackupError) as exc:
        remove_quietly(tmp)
        raise explain(exc, folder) from exc
    if after_restore:
        try:
            run_after_restore(db_path)
        except Exception as exc:  # noqa: BLE001 - the file is restored; say what is left to do
            raise BackupError(
                _t("备份已恢复，但同步序号的处理失败（{e}）；请在同步前联系乡镇").format(e=exc)
            ) from exc
    return kept
