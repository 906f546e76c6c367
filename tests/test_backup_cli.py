"""`fpreg backup now|auto|list|verify|restore` end to end."""

from __future__ import annotations

import json

from app.cli import main

pytest_plugins = ["tests.backup_fixtures"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_now_list_verify_restore(db_path, backups, capsys):
    code, out, _ = run(capsys, "backup", "now", "--db", str(db_path), "--folder", str(backups), "--json")
    assert code == 0
    made = json.loads(out)["file"]
    assert made.endswith("-usb.db")

    code, out, _ = run(capsys, "backup", "list", "--db", str(db_path), "--folder", str(backups), "--json")
    assert code == 0 and [b["path"] for b in json.loads(out)["backups"]] == [made]

    code, out, _ = run(capsys, "backup", "verify", made, "--json")
    assert code == 0 and json.loads(out)["site_code"] == "V001"

    from db.connection import database

    database.close()
    code, out, _ = run(capsys, "backup", "restore", made, "--db", str(db_path), "--json")
    result = json.loads(out)
    assert code == 0 and result["kept"].startswith(str(db_path.with_name("register.replaced-")))


def test_auto_makes_one_backup_a_day_in_the_configured_folder(db_path, backups, capsys):
    from app.first_run import save_config

    save_config({"backup_folder": str(backups)})
    code, out, _ = run(capsys, "backup", "auto", "--db", str(db_path), "--json")
    assert code == 0 and json.loads(out)["file"].startswith(str(backups))
    code, out, _ = run(capsys, "backup", "auto", "--db", str(db_path))
    assert code == 0 and "今天已有备份" in out
    assert len(list(backups.glob("*.db"))) == 1


def test_a_bad_file_fails_with_a_chinese_message(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_text("hello")
    code, out, err = run(capsys, "backup", "verify", str(junk), "--json")
    assert code == 1
    assert "不是数据库备份文件" in json.loads(out)["error"] and err.startswith("错误：")


def test_restore_of_another_sites_backup_fails(db_path, tmp_path, backups, capsys):
    from app.backup import backup_now
    from app.sites import init_database

    other = tmp_path / "other" / "v002.db"
    init_database(other, site_code="V002", site_name="东风村", kind="village").close()
    foreign = backup_now(other, backups)
    before = db_path.read_bytes()
    code, _, err = run(capsys, "backup", "restore", str(foreign), "--db", str(db_path))
    assert code == 1 and "不是本站点V001" in err
    assert db_path.read_bytes() == before
