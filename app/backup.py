"""Backups: the daily copy, a copy before each packet import, a copy to a USB stick, rotation.

Copies are made with SQLite's online backup API (consistent while the program keeps working),
written to a hidden temporary file, checked, synced to disk and only then renamed into place,
so a full disk or a pulled-out stick never leaves a half-written file that looks like a backup.
Names carry site, time and reason: fpreg-V001-20261122-083000-daily.db.

Restoring lives in app/backup_restore.py; checking a file in app/backup_verify.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from app.backup_files import (
    check_space,
    explain,
    fsync_dir,
    fsync_file,
    prepare_folder,
    remove_quietly,
    used_bytes,
)
from app.backup_restore import restore
from app.backup_rotation import choose_kept
from app.backup_verify import (
    MMAP_BYTES,
    NAME,
    STAMP_FORMAT,
    UPGRADE_NAME,
    BackupError,
    BackupInfo,
    parse_name,
    read_site,
    verify_backup,
)
from app.i18n import translate


def _t(text: str) -> str:
    return translate("backup", text)


__all__ = [
    "BackupError", "BackupFile", "BackupInfo", "auto_backup", "backup_folder", "backup_now",
    "backup_to_usb", "list_backups", "restore", "rotate", "verify_backup",
]

LOCK_WAIT_SECONDS = 10.0


@dataclasses.dataclass(frozen=True)
class BackupFile:
    """A backup found by its name (not opened: listing a stick full of copies stays instant)."""

    path: Path
    site_code: str | None
    taken_at: dt.datetime
    reason: str
    size: int

    def as_json(self) -> dict:
        return {"path": str(self.path), "site_code": self.site_code, "reason": self.reason,
                "taken_at": self.taken_at.isoformat(sep=" "), "size": self.size}


def backup_folder() -> Path:
    """The managed backup folder: the one chosen at first run, else <user data dir>/backups."""
    from app.first_run import configured_backup_folder, default_data_dir

    return configured_backup_folder() or default_data_dir() / "backups"


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", text) or "site"


def _open_source(db_path: Path) -> sqlite3.Connection:
    if not db_path.is_file():
        raise BackupError(_t("数据库文件“{p}”不存在，无法备份").format(p=db_path))
    try:
        return sqlite3.connect(str(db_path), timeout=LOCK_WAIT_SECONDS)
    except sqlite3.Error as exc:
        raise BackupError(_t("无法打开数据库“{p}”：{e}").format(p=db_path, e=exc)) from exc


def _target(folder: Path, site_code: str, when: dt.datetime, reason: str) -> Path:
    reason = re.sub(r"[^a-z0-9-]", "-", reason.lower()).strip("-") or "manual"
    base = f"fpreg-{_safe(site_code)}-{when.strftime(STAMP_FORMAT)}-{reason}"
    target = folder / f"{base}.db"
    n = 1
    while target.exists():  # two copies in the same second (an import right after the daily)
        n += 1
        target = folder / f"{base}-{n}.db"
    return target


def _copy(src: sqlite3.Connection, tmp: Path) -> None:
    src.execute(f"PRAGMA mmap_size = {MMAP_BYTES}").fetchall()
    dst = sqlite3.connect(str(tmp))
    try:
        # No journal while filling a private temp file: it is renamed only once complete.
        dst.execute("PRAGMA journal_mode = OFF")
        dst.execute("PRAGMA synchronous = OFF")
        src.backup(dst)
        # The copy carries the source's WAL flag; a backup must be one self-contained file.
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()


def backup_now(
    db_path: str | Path,
    folder: str | Path | None = None,
    reason: str = "daily",
    *,
    now: dt.datetime | None = None,
    rotate_after: bool | None = None,
    verify: bool = True,
    check: str | None = None,
) -> Path:
    """Copy the database into `folder` (default: the managed backup folder) and return the file.

    Before the copy gets its name it is checked: in the managed folder lightly (header, length,
    owner, version, site), in a folder the user picked (a USB stick, where writes fail silently)
    with PRAGMA quick_check as well; `check` overrides ("integrity", "quick", "light").
    Rotation (7 daily, 4 weekly, 12 monthly) runs afterwards in the managed folder; a folder the
    user picked is never pruned unless rotate_after=True.
    """
    db_path = Path(db_path)
    managed = folder is None
    target_dir = backup_folder() if folder is None else Path(folder)
    when = now or dt.datetime.now()
    src = _open_source(db_path)
    try:
        try:
            site_code, _ = read_site(src)
            needed = used_bytes(src)
        except sqlite3.DatabaseError as exc:
            raise BackupError(
                _t("数据库“{p}”无法读取（{e}），不能备份；请运行 fpreg check 检查").format(p=db_path, e=exc)
            ) from exc
        if not site_code:
            raise BackupError(_t("“{p}”不是已初始化的站点数据库，无法备份").format(p=db_path))
        prepare_folder(target_dir)
        check_space(target_dir, needed)
        target = _target(target_dir, site_code, when, reason)
        tmp = target_dir / f".{target.name}.part"
        try:
            _copy(src, tmp)
            if verify:
                try:
                    verify_backup(tmp, expected_site=site_code, check=check or ("light" if managed else "quick"))
                except BackupError as exc:
                    raise BackupError(
                        _t("备份写入“{p}”后校验失败（{e}）；磁盘或U盘可能有问题，请换一个位置重试").format(
                            p=target_dir, e=exc
                        )
                    ) from exc
            fsync_file(tmp)
            os.replace(tmp, target)
            fsync_dir(target_dir)
        except (OSError, sqlite3.Error, BackupError) as exc:
            remove_quietly(tmp)
            raise explain(exc, target_dir) from exc
    finally:
        src.close()
    if rotate_after or (rotate_after is None and managed):
        rotate(target_dir, site_code)
    return target


def backup_to_usb(db_path: str | Path, folder: str | Path, *, session=None) -> Path:
    """A copy on a stick the user chose: written atomically and verified, never pruned."""
    if session is not None:
        session.require("manage_backups")
    return backup_now(db_path, folder, reason="usb", rotate_after=False)


def list_backups(
    folder: str | Path | None = None, *, db_path: str | Path | None = None, site_code: str | None = None
) -> list[BackupFile]:

    """Backups in the folder (and the schema-upgrade copies next to db_path), newest first."""
    target_dir = backup_folder() if folder is None else Path(folder)
    candidates: list[Path] = []
    if target_dir.is_dir():
        candidates += [p for p in target_dir.iterdir() if NAME.match(p.name)]
    if db_path is not None:
        db_path = Path(db_path)
        if db_path.parent.is_dir():
            candidates += [p for p in db_path.parent.glob(f"{db_path.stem}.*.bak") if UPGRADE_NAME.match(p.name)]
    found = []
    for path in candidates:
        site, taken_at, reason = parse_name(path)
        if taken_at is None or (site_code and site is not None and site != _safe(site_code)):
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(path, site, taken_at, reason, size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(folder: str | Path, site_code: str) -> list[Path]:
    """Delete this site's backups in `folder` that the 7/4/12 rule does not keep."""
    folder = Path(folder)
    ours = [b for b in list_backups(folder, site_code=site_code) if b.site_code is not None]
    kept = choose_kept((b.taken_at, b.path) for b in ours)
    removed = []
    for backup in ours:
        if backup.path not in kept:
            try:
                backup.path.unlink()
            except OSError:  # a read-only stick or a file in use: try again next time
                continue
            removed.append(backup.path)
    return removed


def auto_backup(db_path: str | Path, folder: str | Path | None = None, *, now: dt.datetime | None = None) -> Path | None:
    """The daily backup: made when this site has no backup from today yet; returns it or None."""
    db_path = Path(db_path)
    when = now or dt.datetime.now()
    src = _open_source(db_path)
    try:
        site_code, _ = read_site(src)
    except sqlite3.DatabaseError as exc:
        raise BackupError(_t("无法打开数据库“{p}”：{e}").format(p=db_path, e=exc)) from exc
    finally:
        src.close()
    if not site_code:
        raise BackupError(_t("“{p}”不是已初始化的站点数据库，无法备份").format(p=db_path))
    existing = list_backups(folder, site_code=site_code)
    if any(b.taken_at.date() == when.date() for b in existing):
        return None
    return backup_now(db_path, folder, "daily", now=when, rotate_after=True)
