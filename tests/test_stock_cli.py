"""fpreg stock end to end: receive, issue, adjust, count, reverse, close, card, lots, status and
the monthly report as JSON, PDF and xlsx; refusals exit non-zero with a Chinese message."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.cli import main
from app.register import add_woman
from tests.conftest import woman

T = "2026-11-22"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(db_path, admin):
    return db_path


def stock(capsys, db, action, *args):
    return run(capsys, "stock", action, "--db", db, "--today", T, *args)


def test_a_month_through_the_commands(capsys, db, admin):
    card = add_woman(admin, woman(current_status="no_method"), today=dt.date(2020, 1, 1))
    code, out, err = stock(capsys, db, "receive", "--commodity", "coc", "--lot", "A", "--expiry", "2027-06-30",
                           "--quantity", 100, "--document", "RK-9", "--date", "2026-10-02", "--json")
    assert code == 0, err
    receipt = json.loads(out)
    assert receipt["ok"] and receipt["lines"] == [{"lot": "A", "kind": "receipt", "quantity": 100}]
    code, out, err = stock(capsys, db, "issue", "--commodity", "coc", "--quantity", 3, "--card", card.uuid,
                           "--date", "2026-10-05", "--json")
    assert code == 0, err
    assert json.loads(out)["visit_uuid"]
    code, out, _ = stock(capsys, db, "issue", "--commodity", "coc", "--quantity", 10, "--to", "一组服务点",
                         "--date", "2026-10-06")
    assert code == 0 and "已发放 coc 10（批号 A×10）" in out
    assert stock(capsys, db, "adjust", "--commodity", "coc", "--lot", "A", "--reason", "damaged", "--quantity", 2,
                 "--date", "2026-10-07")[0] == 0
    code, out, _ = stock(capsys, db, "count", "--commodity", "coc", "--lot", "A", "--counted", 84,
                         "--date", "2026-10-31")
    assert code == 0 and "实盘 84，账面 85" in out
    code, out, _ = stock(capsys, db, "card", "--commodity", "coc", "--json")
    card_data = json.loads(out)
    assert [ln["balance"] for ln in card_data["lines"]] == [100, 97, 87, 85, 85, 84]
    assert card_data["lines"][1]["source"] == "发给 张秀英（随访）"
    code, out, _ = stock(capsys, db, "report", "--month", "2026-10", "--format", "json")
    report = json.loads(out)
    coc = next(line for line in report["lines"] if line["code"] == "coc")
    assert (coc["received"], coc["issued"], coc["adjustments"], coc["closing"], coc["discrepancy"]) == (100, 13, -3, 84, -1)
    assert report["cyp_total"] == round(13 / 15, 2)
    assert stock(capsys, db, "close", "--month", "2026-10")[0] == 0
    code, out, err = stock(capsys, db, "count", "--commodity", "coc", "--lot", "A", "--counted", 84,
                           "--date", "2026-10-31", "--json")
    assert code == 1 and "2026-10月已结账" in err and json.loads(out)["ok"] is False
    code, out, _ = stock(capsys, db, "status", "--json")
    assert next(r for r in json.loads(out) if r["commodity"] == "coc")["balance"] == 84
    code, out, _ = stock(capsys, db, "lots", "--json")
    assert json.loads(out)[0]["lot"] == "A"


def test_report_files(capsys, db, tmp_path):
    stock(capsys, db, "receive", "--commodity", "condom", "--lot", "K", "--expiry", "2029-01-31",
          "--quantity", 240, "--document", "RK-1", "--date", "2026-10-02")
    for fmt in ("pdf", "xlsx", "json"):
        out_file = tmp_path / f"r.{fmt}"
        code, out, err = stock(capsys, db, "report", "--month", "2026-10", "--format", fmt, "--out", out_file)
        assert code == 0, err
        assert out_file.stat().st_size > 500
    assert out_file.read_text(encoding="utf-8").count('"code": "condom"') == 1
    code, _, err = stock(capsys, db, "report", "--month", "2026-10", "--format", "pdf")
    assert code == 1 and "--out" in err
    code, _, err = stock(capsys, db, "report", "--month", "2026-13", "--format", "json")
    assert code == 1 and "应为 YYYY-MM" in err


def test_refusals_exit_non_zero_with_a_message(capsys, db):
    base = ("--commodity", "coc", "--lot", "A", "--expiry", "2027-06-30", "--quantity", 5, "--date", "2026-10-02")
    assert stock(capsys, db, "receive", *base, "--document", "RK-1")[0] == 0
    code, _, err = stock(capsys, db, "receive", *base, "--document", "RK-1")
    assert code == 1 and "入库单号“RK-1”已经登记过" in err
    code, _, err = stock(capsys, db, "issue", "--commodity", "coc", "--quantity", 6, "--to", "x", "--date", "2026-10-03")
    assert code == 1 and "只有5板未过期的库存，不能发放6板" in err
    code, _, err = stock(capsys, db, "card", "--commodity", "nope")
    assert code == 1 and "不在商品目录中" in err
    code, _, err = stock(capsys, db, "reverse", "--action", "no-such", "--reason", "x")
    assert code == 1 and "找不到要冲销的记录" in err


def test_catalogue_shown_and_a_new_version_imported(capsys, db, tmp_path):
    code, out, _ = stock(capsys, db, "catalogue", "--json")
    cat = json.loads(out)
    assert code == 0 and cat["version"] == 1 and len(cat["commodities"]) == 12
    new = {"version": 2, "effective_from": "2026-01-01", "max_months": 4,
           "commodities": [{"code": "coc", "name_zh": "复方口服避孕药", "name_en": "COC", "unit_zh": "板",
                            "unit_en": "cycle", "method": "pill", "units_per_cyp": 15}]}
    path = tmp_path / "cat.json"
    path.write_text(json.dumps({**new, "commodities": [{**new["commodities"][0], "method": "magic"}]}), encoding="utf-8")
    code, _, err = stock(capsys, db, "catalogue", "--import", path)
    assert code == 1 and "coc：避孕方法“magic”不在代码表中" in err
    path.write_text(json.dumps(new), encoding="utf-8")
    code, out, err = stock(capsys, db, "catalogue", "--import", path, "--json")
    assert code == 0, err
    assert json.loads(out)["version"] == 2 and json.loads(out)["max_months"] == 4
    code, _, err = stock(capsys, db, "catalogue", "--import", path)
    assert code == 1 and "第2版已存在" in err
