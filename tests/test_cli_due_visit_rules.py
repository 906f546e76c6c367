"""fpreg due, record-visit and rules end to end (subprocess, exit codes, JSON)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def fpreg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    r = fpreg("demo", "--db", path, "--women", 200)
    assert r.returncode == 0, r.stderr
    return path


def test_demo_village_has_visits_due_today(demo):
    r = fpreg("due", "--db", demo, "--view", "today", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows and {row["state"] for row in rows} <= {"due", "overdue"}
    r = fpreg("due", "--db", demo, "--view", "all", "--group", 1, "--type", "rh_check")
    assert r.returncode == 0 and "共" in r.stdout


def test_record_visit_closes_the_item(demo):
    rows = json.loads(fpreg("due", "--db", demo, "--view", "today", "--json").stdout)
    row = rows[0]
    today = dt.date.today().isoformat()
    r = fpreg("record-visit", "--db", demo, "--card", row["card_uuid"], "--date", today, "--type",
              row["visit_type"], "--findings", "正常", "--due-id", row["due_id"], "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["closed_due_ids"] == [row["due_id"]]
    after = json.loads(fpreg("due", "--db", demo, "--view", "all", "--json").stdout)
    assert row["due_id"] not in {x["due_id"] for x in after}


def test_record_visit_refusals(demo):
    rows = json.loads(fpreg("due", "--db", demo, "--view", "all", "--json").stdout)
    r = fpreg("record-visit", "--db", demo, "--card", rows[0]["card_uuid"], "--date", "2999-01-01",
              "--type", "other", "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["ok"] is False
    r = fpreg("record-visit", "--db", demo, "--id-number", "110101199001011234", "--date", "2020-01-01",
              "--type", "other")
    assert r.returncode == 1 and "身份证号" in r.stderr


def test_rules_export_import(demo, tmp_path):
    out = tmp_path / "rules.json"
    assert fpreg("rules", "export", "--db", demo, "--out", out).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["rules"]) == 24
    r = fpreg("rules", "import", "--db", demo, out, "--json")
    assert r.returncode == 1 and "生效日期" in json.loads(r.stdout)["error"]
    data["effective_from"] = "2030-01-01"
    data["rules"][1]["sequence"] = 7
    out.write_text(json.dumps(data), encoding="utf-8")
    r = fpreg("rules", "import", "--db", demo, out)
    assert r.returncode == 1 and "序号" in r.stderr
    data["rules"][1]["sequence"] = 2
    out.write_text(json.dumps(data), encoding="utf-8")
    r = fpreg("rules", "import", "--db", demo, out, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["version"] == 2


def test_due_writes_the_round_sheet_pdf(demo, tmp_path):
    pdf = tmp_path / "round.pdf"
    r = fpreg("due", "--db", demo, "--view", "week", "--pdf", pdf)
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in r.stdout
    r = fpreg("due", "--db", demo, "--pdf", tmp_path)  # a folder, not a file
    assert r.returncode == 1 and "错误" in r.stderr
