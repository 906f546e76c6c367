"""End-to-end: drive the `fpreg` command as a county IT officer's script would."""

import json
import os
import subprocess
import sys

import pytest

from app import register
from app.auth import system_session
from db.schema import open_sqlite
from tests.conftest import TODAY, woman


def fpreg(*args, env=None, check=True):
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        capture_output=True, text=True, env=full_env, timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"fpreg {args} exited {result.returncode}: {result.stderr}")
    return result


@pytest.fixture
def village(tmp_path):
    path = tmp_path / "cli.db"
    fpreg("init", "--db", path, "--site-code", "V009", "--site-name", "东风村", "--kind", "village",
          "--groups", "3", env={"FPREG_ADMIN_PASSWORD": "secret-1"})
    db = open_sqlite(path)
    register.add_woman(system_session("V009"), woman(), today=TODAY)
    db.close()
    return path


def test_version_and_help():
    assert "fpreg" in fpreg("--version").stdout
    assert "import-register" in fpreg("--help").stdout or "search" in fpreg("--help").stdout


def test_init_refuses_to_overwrite(village):
    result = fpreg("init", "--db", village, "--site-code", "X", "--site-name", "Y", "--kind", "village",
                   "--json", check=False)
    assert result.returncode == 1
    assert json.loads(result.stdout)["ok"] is False
    assert "已存在" in result.stderr


def test_search_json_and_text(village):
    rows = json.loads(fpreg("search", "--db", village, "--json", "zxy").stdout)
    assert [r["name"] for r in rows] == ["张秀英"]
    assert rows[0]["id_number"] == "110101199005172345"
    assert "张秀英" in fpreg("search", "--db", village, "1101011990").stdout
    assert "没有找到" in fpreg("search", "--db", village, "wxh").stdout


def test_search_on_missing_or_bad_file_fails_clearly(tmp_path):
    result = fpreg("search", "--db", tmp_path / "none.db", "zs", check=False)
    assert result.returncode == 1 and "不存在" in result.stderr
    bad = tmp_path / "bad.db"
    bad.write_text("garbage" * 100)
    result = fpreg("search", "--db", bad, "--json", "zs", check=False)
    assert result.returncode == 1 and json.loads(result.stdout)["ok"] is False


def test_user_add_needs_admin_and_login_is_checked(village):
    fpreg("user", "add", "wang", "--db", village, "--name", "王芳", "--role", "worker",
          env={"FPREG_NEW_PASSWORD": "wang-pass"})
    users = json.loads(fpreg("user", "list", "--db", village, "--json").stdout)
    assert {u["username"] for u in users} == {"admin", "wang"}
    # A worker may not create accounts: the role check is in the service, not the GUI.
    result = fpreg("user", "add", "li", "--db", village, "--user", "wang",
                   env={"FPREG_PASSWORD": "wang-pass", "FPREG_NEW_PASSWORD": "li-pass1"}, check=False)
    assert result.returncode == 1 and "无权" in result.stderr
    result = fpreg("user", "list", "--db", village, "--user", "wang",
                   env={"FPREG_PASSWORD": "wrong"}, check=False)
    assert result.returncode == 1 and "不正确" in result.stderr
