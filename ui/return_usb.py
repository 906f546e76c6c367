"""Removable drives (QStorageInfo), for writing the return to a USB stick."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QStorageInfo

# Where desktops mount removable media on Linux; on Windows every drive but the system's.
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    root: str
    name: str
    free_bytes: int
    read_only: bool

    def label(self) -> str:
        free = self.free_bytes / 1024 ** 3
        text = f"{self.name or self.root}（{self.root}，剩余 {free:.1f} GB）"
        return text + ("　只读" if self.read_only else "")


def _looks_removable(info: QStorageInfo) -> bool:
    root = info.rootPath()
    if sys.platform.startswith("win"):
        system = os.environ.get("SystemDrive", "C:").upper()
        return not root.upper().startswith(system)
    return root.startswith(_REMOVABLE_ROOTS)


def removable_drives() -> list[Drive]:
    drives = []
    for info in QStorageInfo.mountedVolumes():
        if not (info.isValid() and info.isReady()) or not _looks_removable(info):
            continue
        drives.append(Drive(info.rootPath(), info.displayName(), int(info.bytesAvailable()), info.isReadOnly()))
    return sorted(drives, key=lambda d: d.read_only)  # writable sticks first


def still_mounted(root: str) -> bool:
    info = QStorageInfo(root)
    return info.isValid() and info.isReady() and info.rootPath() == root
