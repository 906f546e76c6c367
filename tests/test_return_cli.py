"""fpreg return end to end: check, export (closing the period), re-export, future period, township."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from db.models_returns import ClosedReturn
from tests.return_village import build


@pytest.fixture
def village_db(db_path, admin):
    build(admin)
    return db_path


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_passes_for_a_closed_month(village_db, capsys):
    code, out, _ = run(capsys, "return", "check", "--db", str(village_db), "--period", "2026-10",
                       "--date", "2026-11-22")
    assert code == 0 and "逻辑检查全部通过" in out


def test_check_of_the_open_month_warns(village_db, capsys):
    code, out, _ = run(capsys, "return", "check", "--db", str(village_db), "--period", "2026-11",
                       "--date", "2026-11-22", "--json")
    data = json.loads(out)
    assert code == 3 and not data["ok"]
    assert [c["code"] for c in data["checks"] if not c["ok"]] == ["period_open"]


def test_export_closes_then_reexports_the_sent_return(village_db, capsys, tmp_path):
    out_file = tmp_path / "oct.json"
    code, out, err = run(capsys, "return", "--db", str(village_db), "--period", "2026-10", "--format", "json",
                         "--out", str(out_file), "--date", "2026-11-22")
    assert code == 0, err
    assert "已关账：2026-10" in out
    sent = json.loads(out_file.read_text(encoding="utf-8"))
    assert sent["period"] == "2026-10" and sent["closed_at"]
    assert ClosedReturn.select().where(ClosedReturn.period == "2026-10").count() == 1
    code, out, _ = run(capsys, "return", "--db", str(village_db), "--period", "2026-10", "--format", "dhis2",
                       "--out", str(tmp_path), "--date", "2026-11-22")
    assert code == 0 and "已报送的版本" in out
    doc = json.loads((tmp_path / "return_V001_2026-10.dhis2.json").read_text(encoding="utf-8"))
    assert doc["period"] == "202610"


def test_export_with_failed_checks_needs_an_explanation(village_db, capsys, tmp_path):
    argv = ["return", "--db", str(village_db), "--period", "2026-11", "--format", "csv", "--out",
            str(tmp_path / "nov.csv"), "--date", "2026-11-22"]
    code, _, err = run(capsys, *argv)
    assert code == 3 and "--explanation" in err and not (tmp_path / "nov.csv").exists()
    code, out, _ = run(capsys, *argv, "--no-close")
    assert code == 0 and (tmp_path / "nov.csv").exists() and "已关账" not in out
    code, out, _ = run(capsys, *argv, "--explanation", "月中预报")
    assert code == 0 and "已关账" in out
    assert ClosedReturn.get(ClosedReturn.period == "2026-11").explanation == "月中预报"


@pytest.mark.parametrize("period", ["2026-12", "2027", "FY2028"])
def test_future_period_refused(village_db, capsys, period):
    code, _, err = run(capsys, "return", "--db", str(village_db), "--period", period, "--date", "2026-11-22")
    assert code == 1 and "尚未开始" in err


def test_every_period_and_format(village_db, capsys, tmp_path):
    for period in ("2026Q3", "2026", "FY2026", "FY2026H1"):
        for fmt in ("pdf", "xlsx", "csv", "json", "adx", "dhis2"):
            code, _, err = run(capsys, "return", "--db", str(village_db), "--period", period, "--format", fmt,
                               "--out", str(tmp_path), "--no-close", "--date", "2026-11-22")
            assert code == 0, err
    assert len(list(tmp_path.glob("return_V001_*"))) == 4 * 6


def test_township_from_files(village_db, capsys, tmp_path):
    run(capsys, "return", "--db", str(village_db), "--period", "2026-10", "--format", "json", "--out",
        str(tmp_path / "v1.json"), "--date", "2026-11-22")
    code, out, err = run(capsys, "return", "township", "--db", str(village_db), "--period", "2026-10", "--files",
                         str(tmp_path / "v1.json"), "--format", "xlsx", "--out", str(tmp_path / "t.xlsx"),
                         "--date", "2026-11-22", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["sources"] == ["V001"] and data["values"]["married_15_49"] == 8
    code, out, _ = run(capsys, "return", "township", "--db", str(village_db), "--period", "2026-10",
                       "--format", "csv", "--out", str(tmp_path / "t.csv"), "--date", "2026-11-22")
    assert code == 0 and "V001" in out
