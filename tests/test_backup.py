"""Backups: online copy, names, daily backup with rotation, USB copies, full and read-only disks."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from pathlib import Path

import pytest

from app import backup
from app.backup import BackupError, auto_backup, backup_now, backup_to_usb, list_backups, verify_backup
from app.first_run import save_config
from tests.conftest import SITE

pytest_plugins = ["tests.backup_fixtures", "tests.gui_fixtures"]

NOW = dt.datetime(2026, 11, 22, 8, 30, 0)


def test_backup_now_copies_the_live_database_into_a_named_self_contained_file(db_path, backups):
    path = backup_now(db_path, backups, "manual", now=NOW)
    assert path == backups / f"fpreg-{SITE}-20261122-083000-manual.db"
    assert not list(backups.glob(".*.part"))
    with path.open("rb") as fh:
        header = fh.read(20)
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: one file is the whole backup
    info = verify_backup(path, SITE)
    assert (info.site_code, info.site_name, info.reason, info.taken_at) == (SITE, "红旗村", "manual", NOW)
    assert info.users == 1 and info.changes > 0


def test_backup_sees_committed_changes_still_in_the_write_ahead_log(db_path, backups, people):
    # The register keeps the fixture's connection open (WAL not checkpointed); the copy must
    # still hold the seven women.
    info = verify_backup(backup_now(db_path, backups, now=NOW))
    assert info.women == len(people)


def test_default_folder_is_the_configured_one_and_is_rotated(db_path, tmp_path):
    folder = tmp_path / "chosen"
    save_config({"backup_folder": str(folder)})
    assert backup.backup_folder() == folder
    for days in range(10, 0, -1):  # ten old daily copies, one per day
        (folder / f"fpreg-{SITE}-{(NOW - dt.timedelta(days=days)):%Y%m%d-%H%M%S}-daily.db").parent.mkdir(exist_ok=True)
        (folder / f"fpreg-{SITE}-{(NOW - dt.timedelta(days=days)):%Y%m%d-%H%M%S}-daily.db").write_bytes(b"")
    other = folder / "fpreg-V999-20200101-080000-daily.db"  # another site's copy is not ours to prune
    other.write_bytes(b"")
    made = backup_now(db_path, reason="before-import", now=NOW)
    names = {p.name for p in folder.iterdir()}
    assert made.name in names and other.name in names
    ours = [b for b in list_backups(folder, site_code=SITE)]
    assert len(ours) == 7 + 1  # today's, six more days; Nov 15 (a Sunday) is a week's newest
    assert f"fpreg-{SITE}-20261112-083000-daily.db" not in names


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(db_path, backups):
    first = backup_now(db_path, backups, "daily", now=NOW)
    second = backup_now(db_path, backups, "daily", now=NOW)
    assert first != second and first.exists() and second.exists()


def test_auto_backup_once_a_day(db_path, backups):
    made = auto_backup(db_path, backups, now=NOW)
    assert made is not None and made.exists()
    assert auto_backup(db_path, backups, now=NOW + dt.timedelta(hours=3)) is None
    tomorrow = auto_backup(db_path, backups, now=NOW + dt.timedelta(days=1))
    assert tomorrow is not None and len(list_backups(backups)) == 2


def test_usb_backup_is_verified_and_never_pruned(db_path, tmp_path):
    stick = tmp_path / "usb"
    for n in range(30):
        day = NOW - dt.timedelta(days=n + 1)
        stick.mkdir(exist_ok=True)
        (stick / f"fpreg-{SITE}-{day:%Y%m%d-%H%M%S}-usb.db").write_bytes(b"")
    path = backup_to_usb(db_path, stick)
    assert path.name.endswith("-usb.db") and verify_backup(path).site_code == SITE
    assert len(list_backups(stick)) == 31


def test_usb_backup_needs_the_backup_permission(db_path, tmp_path, worker):
    from app.auth import PermissionDenied

    with pytest.raises(PermissionDenied):
        backup_to_usb(db_path, tmp_path / "usb", session=worker)
    assert not (tmp_path / "usb").exists()


def test_list_includes_schema_upgrade_copies_next_to_the_database(db_path, backups):
    upgrade_copy = db_path.with_name(f"{db_path.stem}.before-v9.20261101-070000.bak")
    upgrade_copy.write_bytes(b"")
    backup_now(db_path, backups, now=NOW)
    found = list_backups(backups, db_path=db_path)
    assert [b.reason for b in found] == ["daily", "before-v9"]


def test_missing_or_uninitialised_database_is_refused(tmp_path, backups):
    with pytest.raises(BackupError, match="不存在"):
        backup_now(tmp_path / "nothing.db", backups)
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(BackupError, match="不是已初始化的站点数据库"):
        backup_now(plain, backups)


# -- full and read-only disks ---------------------------------------------------------------------
def test_disk_full_while_writing_leaves_no_file_and_says_so(db_path, backups, monkeypatch):
    def full(src, tmp):
        tmp.write_bytes(b"SQLite format 3\x00partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(BackupError, match="空间不足"):
        backup_now(db_path, backups, now=NOW)
    assert list(backups.iterdir()) == []


def test_sqlite_disk_full_is_reported_as_disk_full(db_path, backups, monkeypatch):
    def full(src, tmp):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(BackupError, match="空间不足"):
        backup_now(db_path, backups, now=NOW)


def test_not_enough_free_space_is_refused_before_writing(db_path, backups, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(BackupError, match="空间不足：需要约"):
        backup_now(db_path, backups, now=NOW)
    assert list(backups.iterdir()) == []


def test_read_only_folder_is_refused_with_a_clear_message(db_path, tmp_path, monkeypatch):
    real_open = Path.open

    def refuse(path, *args, **kwargs):
        if "write-test" in path.name:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(BackupError, match="只读"):
        backup_now(db_path, tmp_path / "ro", now=NOW)


def test_a_really_full_stick(db_path, small_disk, monkeypatch):
    with pytest.raises(BackupError, match="空间不足"):
        backup_now(db_path, small_disk, now=NOW)
    # Even when the early check is fooled, the copy fails cleanly part-way.
    monkeypatch.setattr(backup, "check_space", lambda folder, needed: None)
    with pytest.raises(BackupError, match="空间不足"):
        backup_now(db_path, small_disk, now=NOW)
    assert [p for p in small_disk.iterdir() if p.name != "lost+found"] == []


def test_a_really_read_only_stick(db_path, read_only_disk):
    with pytest.raises(BackupError, match="只读"):
        backup_now(db_path, read_only_disk, now=NOW)


def test_a_copy_that_fails_its_check_on_the_stick_is_removed(db_path, tmp_path, monkeypatch):
    real_copy = backup._copy

    def flaky_stick(src, tmp):  # the stick drops some writes: pages come back as garbage
        real_copy(src, tmp)
        data = bytearray(tmp.read_bytes())
        page = int.from_bytes(data[16:18], "big")
        for offset in range(page * 2, len(data) - page, page):
            data[offset:offset + 16] = b"\xff" * 16
        tmp.write_bytes(bytes(data))

    monkeypatch.setattr(backup, "_copy", flaky_stick)
    stick = tmp_path / "usb"
    with pytest.raises(BackupError, match="校验失败"):
        backup_to_usb(db_path, stick)
    assert list(stick.iterdir()) == []


def test_managed_backups_get_the_light_check_and_usb_copies_the_quick_check(db_path, tmp_path, monkeypatch):
    seen = []
    real = backup.verify_backup
    monkeypatch.setattr(backup, "verify_backup", lambda path, **kw: seen.append(kw["check"]) or real(path, **kw))
    save_config({"backup_folder": str(tmp_path / "managed")})
    backup_now(db_path, reason="before-import", now=NOW)
    backup_to_usb(db_path, tmp_path / "usb")
    assert seen == ["light", "quick"]
