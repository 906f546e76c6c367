"""The schema ladder and bad database files: each gets a clear message and is left untouched."""

import sqlite3

import pytest

from db import schema
from db.connection import DatabaseFileError


def _sha(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_at_code_version_with_pragmas(db_path):
    db = schema.open_sqlite(db_path)
    assert schema.get_version(db) == schema.CODE_SCHEMA_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    db.close()


def test_file_newer_than_code_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.CODE_SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseFileError, match="较新版本"):
        schema.open_sqlite(db_path)


def test_upgrade_takes_backup_first_and_runs_each_step_in_a_transaction(db_path, monkeypatch):
    def _upgrade_to_2(db):
        db.execute_sql("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    current = schema.CODE_SCHEMA_VERSION
    monkeypatch.setattr(schema, "CODE_SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.STEPS, current + 1, _upgrade_to_2)
    db = schema.open_sqlite(db_path)
    assert schema.get_version(db) == current + 1
    backups = list(db_path.parent.glob(f"register.before-v{current + 1}.*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == current
    old.close()
    db.close()


def test_failed_upgrade_step_leaves_the_old_version(db_path, monkeypatch):
    def _broken(db):
        db.execute_sql("CREATE TABLE half (id INTEGER PRIMARY KEY)")
        raise RuntimeError("step failed")

    current = schema.CODE_SCHEMA_VERSION
    monkeypatch.setattr(schema, "CODE_SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.STEPS, current + 1, _broken)
    with pytest.raises(RuntimeError):
        schema.open_sqlite(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half'").fetchone()[0] == 0
    conn.close()


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = _sha(path)
    with pytest.raises(DatabaseFileError, match="不是本系统的数据库文件"):
        schema.open_sqlite(path)
    assert _sha(path) == before


def test_damaged_sqlite_file_is_reported_as_corrupt(db_path):
    data = bytearray(db_path.read_bytes())
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db_path.read_bytes())
    for i in range(4096 + 100, min(len(data), 4096 * 4)):
        data[i] = 0xFF
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseFileError, match="损坏|无法打开"):
        schema.open_sqlite(db_path)


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseFileError, match="别的程序"):
        schema.open_sqlite(path)


def test_locked_file_gets_a_clear_message(db_path, monkeypatch):
    from db import connection

    connection.database.close()
    monkeypatch.setattr(connection, "LOCK_WAIT_SECONDS", 0.1)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO setting VALUES ('held', '1')")
    try:
        with pytest.raises(DatabaseFileError, match="锁定"):
            schema.open_sqlite(db_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_missing_file_is_not_created_silently(tmp_path):
    with pytest.raises(DatabaseFileError, match="不存在"):
        schema.open_sqlite(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_version_1_file_is_upgraded_to_services_schema(tmp_path, monkeypatch):
    from db import connection
    from db.models_services import MethodEpisode

    path = tmp_path / "old.db"
    monkeypatch.setattr(schema, "CODE_SCHEMA_VERSION", 1)
    schema.open_sqlite(path, create=True).close()
    monkeypatch.undo()
    db = schema.open_sqlite(path)
    assert schema.get_version(db) == schema.CODE_SCHEMA_VERSION
    assert MethodEpisode._meta.table_name in db.get_tables()
    assert list(tmp_path.glob("old.before-v*.bak"))
    triggers = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert "method_episode_no_delete" in triggers
    connection.database.close()


def test_due_items_of_an_older_file_get_the_display_columns(tmp_path):
    """A file whose due_visit predates the display columns: step 8 rebuilds the derived table
    (empty, with the triggers) and asks for a recompute at the next daily refresh."""
    from app import settings
    from db import connection
    from db.models import Setting

    path = tmp_path / "older.db"
    schema.open_sqlite(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE due_visit")
    conn.execute("CREATE TABLE due_visit (id INTEGER PRIMARY KEY, person_id INTEGER, rule_code TEXT)")
    conn.execute("INSERT INTO setting (key, value) VALUES ('due_computed_on', '2026-11-01') "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    db = schema.open_sqlite(path)
    assert schema.get_version(db) == schema.CODE_SCHEMA_VERSION
    columns = {c.name for c in db.get_columns("due_visit")}
    assert {"card_uuid", "name", "phone", "group_number", "household_number"} <= columns
    triggers = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert any(t.startswith("due_visit_") for t in triggers)
    assert Setting.get_or_none(Setting.key == "due_computed_on") is None
    assert settings.get("due_computed_on") in (None, "")
    connection.database.close()


def test_new_file_has_no_index_that_another_makes_useless(db_path):
    from db.index_pruning import redundant_indexes

    db = schema.open_sqlite(db_path)
    names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "person_id_site" in names and "person_name_birth_site" in names
    assert not {"person_id_number", "person_name", "person_voided", "marriage_wife_id"} & names
    assert {t: redundant_indexes(db, t) for t in db.get_tables() if redundant_indexes(db, t)} == {}
    db.close()


def test_step_10_drops_redundant_indexes_of_an_older_file(db_path):
    db = schema.open_sqlite(db_path)
    db.execute_sql('CREATE INDEX "person_id_number" ON "person" ("id_number")')
    db.execute_sql('CREATE INDEX "person_voided" ON "person" ("voided")')
    db.execute_sql("PRAGMA user_version = 9")
    db.close()
    db = schema.open_sqlite(db_path)
    names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE tbl_name = 'person'")}
    assert schema.get_version(db) == schema.CODE_SCHEMA_VERSION
    assert "person_id_number" not in names and "person_voided" not in names and "person_id_site" in names
    db.close()
