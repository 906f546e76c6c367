"""`fpreg demo` and `fpreg check` end to end, as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fpreg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_demo_then_check(tmp_path):
    db = tmp_path / "demo.db"
    made = fpreg("demo", "--db", str(db), "--women", "150", "--seed", "2", "--json")
    assert made.returncode == 0, made.stderr
    info = json.loads(made.stdout)
    assert info["ok"] is True and info["women"] == 150 and info["persons"] > 150

    again = fpreg("demo", "--db", str(db), "--women", "150")
    assert again.returncode == 1 and "已存在" in again.stderr

    clean = fpreg("check", "--db", str(db), "--json")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert json.loads(clean.stdout) == []
    text = fpreg("check", "--db", str(db), "--quick")
    assert text.returncode == 0 and "没有发现问题" in text.stdout

    conn = sqlite3.connect(db)
    with conn:
        uuid, name = conn.execute(
            "SELECT c.uuid, p.name FROM woman_card c JOIN person p ON p.id = c.person_id "
            "WHERE c.exit_reason IS NULL ORDER BY c.id LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE person SET sex = 'M', id_number = NULL WHERE id = "
                     "(SELECT person_id FROM woman_card WHERE uuid = ?)", (uuid,))
    conn.close()
    found = fpreg("check", "--db", str(db), "--json")
    assert found.returncode == 1
    findings = json.loads(found.stdout)
    assert [(f["kind"], f["uuid"]) for f in findings] == [("man_with_card", uuid)]
    assert name in findings[0]["message"]
    text = fpreg("check", "--db", str(db))
    assert text.returncode == 1 and name in text.stdout and "共发现1个问题" in text.stdout


def test_check_help_states_exit_codes():
    shown = fpreg("check", "--help")
    assert shown.returncode == 0 and "退出码" in shown.stdout and "1 = 发现问题" in shown.stdout


def test_check_refuses_a_missing_file(tmp_path):
    missing = fpreg("check", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1 and "不存在" in missing.stderr
