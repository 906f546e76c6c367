"""Writing files to a USB stick so that a stick pulled out mid-write never leaves a broken file.

write_verified(folder, name, data): write to a temporary file beside the target, flush and fsync,
rename over the target (atomic on the same file system), fsync the folder, then read the file
back and compare. On any failure the old file (if any) is left as it was and a clear message is
raised; the temporary file is removed when it can be.
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

from app.i18n import translate


def _t(text: str) -> str:
    return translate("returns", text)


class WriteError(OSError):
    def __str__(self) -> str:
        return str(self.strerror)


def _message(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return _t("“{f}”是只读的（U盘写保护开关打开，或没有写入权限），文件没有写入").format(f=folder)
    if exc.errno == errno.ENOSPC:
        return _t("“{f}”空间不足，文件没有写入").format(f=folder)
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return _t("写入“{f}”时出错（U盘可能已被拔出），原有文件保持不变，请重新插入后再试").format(f=folder)
    return _t("写入“{f}”失败：{e}；原有文件保持不变").format(f=folder, e=exc.strerror or exc)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_verified(folder: str | Path, name: str, data: bytes) -> Path:
    """Write data to folder/name atomically and verify it by reading it back; returns the path."""
    folder = Path(folder)
    target = folder / name
    temp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "no such folder", str(folder))
        with open(temp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
        _fsync_dir(folder)
        digest = hashlib.sha256(data).hexdigest()
        if hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            raise WriteError(errno.EIO, _t("写入后读回的内容与原文件不一致"))
    except OSError as exc:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(exc, WriteError):
            raise WriteError(exc.errno, _t("“{p}”校验失败：写入后读回的内容不一致，请换一个U盘重试").format(p=target)) from exc
        raise WriteError(exc.errno, _message(exc, folder)) from exc
    return target


def write_all(folder: str | Path, files: dict[str, bytes]) -> list[Path]:
    """Every file or, at the first failure, an error naming it (files written before it stay)."""
    return [write_verified(folder, name, data) for name, data in files.items()]
