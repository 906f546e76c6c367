"""Restore: every bad backup is refused with its own message and the database is untouched;
a good one replaces it atomically, keeps the old file and lets sync renumber."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import sys
import types

import pytest

from app import backup_restore
from app.backup import BackupError, backup_now, restore, verify_backup
from app.first_run import save_config
from app.sites import init_database
from db.schema import CODE_SCHEMA_VERSION
from tests.conftest import SITE

pytest_plugins = ["tests.backup_fixtures"]

NOW = dt.datetime(2026, 11, 22, 8, 30, 0)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good(db_path, backups):
    return backup_now(db_path, backups, now=NOW)


@pytest.fixture
def live(db_path):
    """The database as restore finds it: the program has closed it (the GUI quits first)."""
    from db.connection import database

    database.close()
    return db_path


def _refused(backup_file, db_path, message: str) -> None:
    before = digest(db_path)
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(BackupError, match=message):
        restore(backup_file, db_path, after_restore=False)
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings  # nothing kept, no temp


def test_corrupt_backup_is_refused(live, good, tmp_path):
    bad = tmp_path / "corrupt.db"
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data) - page, page):  # scribble over every page's header
        data[offset:offset + 16] = b"\xff" * 16
    bad.write_bytes(bytes(data))
    _refused(bad, live, "已损坏")


def test_not_a_database_is_refused(live, tmp_path):
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20)
    _refused(bad, live, "不是数据库备份文件")


def test_another_programs_database_is_refused(live, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    _refused(other, live, "别的程序的数据库")


def test_another_sites_backup_is_refused(live, tmp_path, backups):
    elsewhere = tmp_path / "elsewhere" / "v002.db"
    init_database(elsewhere, site_code="V002", site_name="东风村", kind="village").close()
    foreign = backup_now(elsewhere, backups, now=NOW)
    _refused(foreign, live, "属于站点V002（东风村），不是本站点V001")


def test_newer_schema_backup_is_refused(live, good, tmp_path):
    newer = tmp_path / "newer.db"
    shutil.copy(good, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {CODE_SCHEMA_VERSION + 1}")
    conn.close()
    _refused(newer, live, "较新版本的程序")


def test_truncated_backup_is_refused(live, good, tmp_path):
    cut = tmp_path / "cut.db"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(cut, live, "被截断")


def test_empty_backup_is_refused(live, tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    _refused(empty, live, "0字节")


def test_missing_backup_is_refused(live, tmp_path):
    _refused(tmp_path / "gone.db", live, "不存在")


def test_good_backup_replaces_the_database_and_keeps_the_old_one(good, people_added_after, live):
    kept = restore(good, live, after_restore=False, now=NOW)
    assert kept == live.with_name("register.replaced-20261122-083000.db")
    assert verify_backup(kept).women == people_added_after
    assert verify_backup(live).women == 0
    assert not list(live.parent.glob(".*.part"))


@pytest.fixture
def people_added_after(db_path, good):
    """Two women registered after the backup was taken: the restore must roll them back."""
    from app import register
    from app.auth import system_session
    from app.idnumber import make
    from tests.conftest import woman

    session = system_session(SITE)
    register.add_woman(session, woman(), today=NOW.date())
    register.add_woman(session, woman(name="李娜", id_number=make("110101", dt.date(1992, 1, 3), 24),
                                         household_number="0002"),
                       today=NOW.date())
    return 2


def test_restore_into_an_empty_data_folder(good, tmp_path):
    target = tmp_path / "new-pc" / "fpreg.db"
    assert restore(good, target, after_restore=False) is None
    assert verify_backup(target).site_code == SITE


def test_damaged_database_can_be_restored_using_the_configured_site(live, good, tmp_path, backups):
    live.write_bytes(b"garbage" * 1000)  # the reason people restore
    save_config({"site_code": SITE})
    elsewhere = tmp_path / "elsewhere" / "v002.db"
    init_database(elsewhere, site_code="V002", site_name="东风村", kind="village").close()
    with pytest.raises(BackupError, match="不是本站点V001"):
        restore(backup_now(elsewhere, backups, now=NOW), live, after_restore=False)
    kept = restore(good, live, after_restore=False, now=NOW)
    assert kept.read_bytes().startswith(b"garbage")
    assert verify_backup(live).site_code == SITE


def test_restore_needs_the_backup_permission(live, good, worker):
    from app.auth import PermissionDenied

    with pytest.raises(PermissionDenied):
        restore(good, live, session=worker)


def test_sync_is_told_after_a_restore(live, good, monkeypatch):
    calls = []
    fake = types.ModuleType("app.sync.restore")
    fake.after_restore = lambda db: calls.append(db.database)
    monkeypatch.setitem(sys.modules, "app.sync.restore", fake)
    restore(good, live, now=NOW)
    assert calls == [str(live)]


def test_restore_into_a_read_only_data_folder_is_refused(good, read_only_disk):
    with pytest.raises(BackupError, match="只读"):
        restore(good, read_only_disk / "fpreg.db", after_restore=False)
    assert sorted(p.name for p in read_only_disk.iterdir()) == ["existing.txt"]


def test_disk_full_during_restore_leaves_the_database_alone(live, good, monkeypatch):
    import errno

    before = digest(live)

    def full(src, dst):
        dst.write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_restore.shutil, "copyfile", full)
    with pytest.raises(BackupError, match="空间不足"):
        restore(good, live, after_restore=False)
    assert digest(live) == before
    assert not list(live.parent.glob(".*.part"))
