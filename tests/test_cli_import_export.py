"""`fpreg import-register` and `fpreg export-register` driven as a script would drive them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import register
from app.auth import system_session
from db.schema import open_sqlite
from tests.conftest import TODAY, woman
from tests.test_register_import import good_rows, write_csv, write_xlsx

ROOT = Path(__file__).resolve().parents[1]


def fpreg(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=120, cwd=ROOT,
    )


def _init(path: Path, site: str = "V009") -> Path:
    result = fpreg("init", "--db", path, "--site-code", site, "--site-name", "东风村", "--kind", "village",
                   "--groups", "3", env={"FPREG_ADMIN_PASSWORD": "secret-1"})
    assert result.returncode == 0, result.stderr
    return path


def _count(path: Path, table: str = "person") -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def village(tmp_path):
    return _init(tmp_path / "cli.db")


def test_help_documents_the_exit_codes():
    out = fpreg("import-register", "--help").stdout
    assert "--dry-run" in out and "--mapping" in out and "3" in out and "试导入" in out


def test_import_with_refused_rows_imports_the_good_ones_and_says_so(village, tmp_path):
    rows = good_rows()
    rows[1][3] = "1.10101E+17"
    sheet = write_xlsx(tmp_path / "r.xlsx", rows)
    result = fpreg("import-register", "--db", village, sheet)
    assert result.returncode == 0, result.stderr
    assert "已导入2行" in result.stdout and "不能导入1行" in result.stdout
    assert "第4行" in result.stdout and "科学计数法" in result.stdout
    assert _count(village) == 2


def test_dry_run_with_problems_exits_3_and_writes_nothing(village, tmp_path):
    rows = good_rows()
    rows[0][4] = "1991-13-01"
    sheet = write_csv(tmp_path / "r.csv", rows)
    before = _count(village, "change_log")
    result = fpreg("import-register", "--db", village, "--dry-run", "--json", sheet)
    assert result.returncode == 3
    data = json.loads(result.stdout)
    assert (data["dry_run"], data["read"], data["accepted"], data["imported"], data["refused"]) == (True, 3, 2, 0, 1)
    assert data["issues"][0]["row"] == 2 and data["issues"][0]["field"] == "birth_date"
    assert _count(village, "change_log") == before


def test_clean_dry_run_exits_0(village, tmp_path):
    result = fpreg("import-register", "--db", village, "--dry-run", write_xlsx(tmp_path / "r.xlsx", good_rows()))
    assert result.returncode == 0 and "可导入3行" in result.stdout
    assert _count(village) == 0


def test_unusable_file_exits_1_with_the_reason(village, tmp_path):
    sheet = write_xlsx(tmp_path / "m.xlsx", good_rows(), merges=("B3:B4",))
    result = fpreg("import-register", "--db", village, "--json", sheet)
    assert result.returncode == 1
    assert json.loads(result.stdout)["ok"] is False
    assert "B3:B4" in result.stderr and "请先取消合并单元格" in result.stderr


def test_named_user_needs_the_password(village, tmp_path):
    sheet = write_xlsx(tmp_path / "r.xlsx", good_rows())
    wrong = fpreg("import-register", "--db", village, "--user", "admin", sheet, env={"FPREG_PASSWORD": "nope"})
    assert wrong.returncode != 0 and _count(village) == 0
    right = fpreg("import-register", "--db", village, "--user", "admin", sheet, env={"FPREG_PASSWORD": "secret-1"})
    assert right.returncode == 0, right.stderr
    assert _count(village) == 3


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_then_import_into_a_new_village_file(village, tmp_path, fmt):
    db = open_sqlite(village)
    register.add_woman(system_session("V009"), woman(), today=TODAY)
    db.close()
    out = tmp_path / f"register.{fmt}"
    result = fpreg("export-register", "--db", village, "--format", fmt, "--out", out, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"ok": True, "file": str(out), "format": fmt, "rows": 1}
    fresh = _init(tmp_path / "fresh.db")
    again = fpreg("import-register", "--db", fresh, "--json", out)
    assert again.returncode == 0, again.stderr
    data = json.loads(again.stdout)
    assert (data["imported"], data["refused"], data["warnings"]) == (1, 0, 0)


def test_export_refuses_an_unknown_format(village, tmp_path):
    result = fpreg("export-register", "--db", village, "--out", tmp_path / "x.txt")
    assert result.returncode == 1 and "xlsx" in result.stderr
