"""fpreg stock dispatch / dispatches (township) and pending / confirm (village), with the
packets between them; refusals exit non-zero with a Chinese message."""

from __future__ import annotations

import json

import pytest

from app.cli import main

from .sync_sites import Place, enrol

T = "2026-11-22"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def stock(capsys, place, action, *args):
    return run(capsys, "stock", action, "--db", place.path, "--today", T, *args)


@pytest.fixture
def sites(tmp_path):
    township = Place(tmp_path, "T01", "township", "红星镇")
    village = Place(tmp_path, "V001", "village", "一村")
    enrol(township, village)
    township.import_(village.export("T01"))
    yield township, village
    for place in (township, village):
        place.db.close()


def test_dispatch_pending_confirm_dispatches(capsys, sites):
    township, village = sites
    code, out, err = stock(capsys, township, "dispatch", "--to", "V001", "--line", "coc:A-1:2027-06-30:100",
                           "--line", "condom:K:2029-01-31:240", "--date", "2026-11-20", "--note", "补货", "--json")
    assert code == 0, err
    sent = json.loads(out)
    assert sent["ok"] and sent["number"] == "T01-20261120-01" and sent["sent_total"] == 340
    assert [ln["lot_number"] for ln in sent["lines"]] == ["A-1", "K"]
    code, out, _ = stock(capsys, township, "dispatches")
    assert code == 0 and "T01-20261120-01" in out and "已发出，待村收货" in out

    assert village.import_(township.export("V001")).status == "imported"
    code, out, _ = stock(capsys, village, "pending", "--json")
    (pending,) = json.loads(out)
    assert pending["number"] == "T01-20261120-01" and pending["status"] == "sent"
    code, out, err = stock(capsys, village, "confirm", "T01-20261120-01", "--line", "2:200")
    assert code == 1 and "请填写原因" in err
    code, out, err = stock(capsys, village, "confirm", "T01-20261120-01", "--line", "2:200", "--reason", "少一箱",
                           "--json")
    assert code == 0, err
    done = json.loads(out)
    assert (done["status"], done["received_total"], done["action_uuid"] is not None) == ("short", 300, True)
    code, out, _ = stock(capsys, village, "card", "--commodity", "condom", "--json")
    assert [(ln["quantity"], ln["balance"]) for ln in json.loads(out)["lines"]] == [(200, 200)]
    code, out, err = stock(capsys, village, "confirm", "T01-20261120-01")
    assert code == 1 and "不能重复确认" in err
    assert json.loads(stock(capsys, village, "pending", "--json")[1]) == []

    assert township.import_(village.export("T01")).status == "imported"
    code, out, _ = stock(capsys, township, "dispatches", "--json")
    (status,) = json.loads(out)
    assert (status["status"], status["received_total"], status["reason"]) == ("short", 300, "少一箱")
    code, out, _ = stock(capsys, township, "dispatches")
    assert "已收货（短缺）" in out and "实收 300/340" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--to", "V001", "--line", "coc:A:100"], "应写成 商品代码:批号:有效期:数量"),
    (["--to", "V001", "--line", "coc:A:2027-13-01:100"], "不是 YYYY-MM-DD 日期"),
    (["--to", "V001", "--line", "coc:A:2027-06-30:many"], "数量“many”不是整数"),
    (["--to", "V009", "--line", "coc:A:2027-06-30:5"], "没有代码为“V009”的村"),
    (["--to", "V001", "--line", "pill:A:2027-06-30:5"], "商品代码“pill”不在商品目录中"),
])
def test_dispatch_refusals(capsys, sites, args, message):
    township, _village = sites
    code, out, err = stock(capsys, township, "dispatch", *args, "--json")
    assert code == 1 and message in err and json.loads(out)["ok"] is False


def test_village_cannot_dispatch_and_bad_confirm_lines(capsys, sites):
    _township, village = sites
    code, _, err = stock(capsys, village, "dispatch", "--to", "V001", "--line", "coc:A:2027-06-30:5")
    assert code == 1 and "只在乡镇" in err
    code, _, err = stock(capsys, village, "confirm", "NOPE", "--line", "x")
    assert code == 1 and "应写成 行号:实收数量" in err
    code, _, err = stock(capsys, village, "confirm", "NOPE")
    assert code == 1 and "找不到调拨单“NOPE”" in err
