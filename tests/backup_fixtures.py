"""Fixtures for the backup tests: a private config folder, and a tiny tmpfs when we may mount one."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch) -> Path:
    """Never read or write the real user's config or backup folder."""
    folder = tmp_path / "config"
    monkeypatch.setenv("FPREG_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def backups(tmp_path) -> Path:
    return tmp_path / "backups"


def _mount(target: Path, options: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A 256 KiB file system (a full USB stick); skipped where mounting is not allowed."""
    target = tmp_path / "stick"
    if not _mount(target, "size=256k"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield target
    subprocess.run(["umount", str(target)], check=False)


@pytest.fixture
def read_only_disk(tmp_path):
    """A read-only file system holding one file (a write-protected stick / data folder)."""
    target = tmp_path / "ro"
    if not _mount(target, "size=4m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    (target / "existing.txt").write_text("x")
    subprocess.run(["mount", "-o", "remount,ro", str(target)], check=True)
    yield target
    subprocess.run(["umount", str(target)], check=False)
