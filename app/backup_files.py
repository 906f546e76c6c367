"""File-system helpers shared by backup and restore: writable folders, free space, durable
renames, and one clear message for each way the disk can say no."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import uuid
from pathlib import Path

from app.backup_verify import BackupError
from app.i18n import translate


def _t(text: str) -> str:
    return translate("backup", text)

FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
READONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def disk_full(folder: Path) -> BackupError:
    return BackupError(
        _t("“{p}”所在的磁盘（或U盘）空间不足，未写完的文件已删除，原有数据没有改动。"
           "请清理空间或换一个位置后重试").format(p=folder)
    )


def read_only(folder: Path) -> BackupError:
    return BackupError(
        _t("无法写入文件夹“{p}”（只读、写保护或没有权限），原有数据没有改动。"
           "请检查U盘的写保护开关或换一个文件夹").format(p=folder)
    )


def explain(exc: BaseException, folder: Path) -> BackupError:
    """Turn an OSError or SQLite error met while writing into `folder` into a clear message."""
    if isinstance(exc, BackupError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in FULL_ERRNOS:
            return disk_full(folder)
        if exc.errno in READONLY_ERRNOS:
            return read_only(folder)
        return BackupError(_t("写入“{p}”时出错：{e}").format(p=folder, e=exc.strerror or exc))
    text = str(exc)
    if "full" in text:
        return disk_full(folder)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return read_only(folder)
    return BackupError(_t("写入“{p}”时出错：{e}").format(p=folder, e=text))


def prepare_folder(folder: Path) -> None:
    """Create the folder if needed and prove it takes a file (os.access lies on some mounts)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise BackupError(_t("“{p}”不是文件夹").format(p=folder))
        probe = folder / f".fpreg-write-test-{uuid.uuid4().hex}"
        with probe.open("wb") as fh:
            fh.write(b"ok")
        probe.unlink()
    except OSError as exc:
        raise explain(exc, folder) from exc


def check_space(folder: Path, needed: int) -> None:
    """Refuse before writing when the copy cannot fit (plus a little room for the file system)."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed + 1024 * 1024:
        raise BackupError(
            _t("“{p}”所在的磁盘（或U盘）空间不足：需要约{n} MB，只剩{f} MB。"
               "请清理空间或换一个位置后重试").format(
                p=folder, n=max(1, needed // 2**20), f=free // 2**20
            )
        )


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def used_bytes(conn: sqlite3.Connection) -> int:
    """Bytes a copy of this database will take (the backup API copies every page)."""
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return page_size * pages
