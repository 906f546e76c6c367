"""`fpreg incentives` and `fpreg disclose` end to end: a family found, reviewed, posted,
approved and paid by commands; refusals exit non-zero with the reason in Chinese."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

from app.cli import main
from app.incentives.families import Kid, add_family
from db.models_incentives import Payment
from tests.incentive_fixtures import TODAY, years_ago


def run(capsys, *argv) -> tuple[int, dict | list | None, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    try:
        data = json.loads(out.out) if out.out.strip() else None
    except ValueError:
        data = None
    return code, data, out.err


def test_commands_from_candidate_to_payment_and_pdfs(tmp_path, capsys):
    from app.auth import system_session

    db = str(tmp_path / "v.db")
    assert main(["init", "--db", db, "--site-code", "V9", "--site-name", "东风村", "--kind", "village",
                 "--parent-code", "T9", "--groups", "2"]) == 0
    capsys.readouterr()
    add_family(system_session("V9").actor, number="0001", father=("周大勇", years_ago(65)),
               mother=("吴秀梅", years_ago(62)), children=[Kid("周燕", "F", years_ago(36))])
    d = ["--db", db, "--json"]
    code, data, _ = run(capsys, "incentives", "candidates", *d, "--date", str(TODAY), "--explain")
    assert code == 0
    names = {c["name"] for c in data["candidates"] if c["scheme_code"] == "rural_reward"}
    assert names == {"周大勇", "吴秀梅"}
    assert any(t.startswith("本人年龄至少60周岁：符合") for t in data["candidates"][0]["text"])

    start = TODAY - dt.timedelta(days=20)
    code, data, _ = run(capsys, "incentives", "candidates", *d, "--date", str(start), "--enrol")
    assert len(data["enrolled"]) == 2
    cases = data["enrolled"]
    assert run(capsys, "incentives", "review", *d, "--date", str(start), "--case", *cases)[0] == 0
    code, data, err = run(capsys, "incentives", "notice", *d, "--date", str(start), "--days", "5")
    assert code == 1 and "公示期只有5天" in data["error"] and "至少公示7天" in err
    pdf = tmp_path / "notice.pdf"
    code, data, _ = run(capsys, "incentives", "notice", *d, "--date", str(start), "--place", "村委会",
                        "--pdf", str(pdf))
    assert code == 0 and data["end"] == str(start + dt.timedelta(days=6)) and pdf.exists()
    code, data, _ = run(capsys, "incentives", "pay", *d, "--date", str(TODAY), "--scheme", "rural_reward",
                        "--period", "2026")
    assert code == 1 and "没有待发放的对象" in data["error"]
    code, data, _ = run(capsys, "incentives", "approve", *d, "--date", str(TODAY - dt.timedelta(days=10)))
    assert code == 0 and len(data["approvals"]) == 2 and {a["site_code"] for a in data["approvals"]} == {"T9"}
    code, data, _ = run(capsys, "incentives", "pay", *d, "--date", str(TODAY), "--scheme", "rural_reward",
                        "--period", "2026", "--case", cases[0], "--amount", "500")
    assert code == 1 and "金额500元" in data["error"]
    code, data, _ = run(capsys, "incentives", "pay", *d, "--date", str(TODAY), "--scheme", "rural_reward",
                        "--period", "2026", "--method", "cash", "--receipts", str(tmp_path / "receipts"))
    assert code == 0 and data["total"] == "1200" and len(data["receipts"]) == 2
    code, data, _ = run(capsys, "incentives", "pay", *d, "--date", str(TODAY), "--scheme", "rural_reward",
                        "--period", "2026", "--case", cases[0])
    assert code == 1 and "已经发放过" in data["error"]
    assert Payment.select().count() == 2
    code, data, _ = run(capsys, "incentives", "change", *d, "--case", cases[1], "--method", "cash",
                        "--bank-account", "6217000011112222", "--reason", "办了一卡通")
    assert code == 0 and set(data["changed"]) == {"method", "bank_account"}

    xlsx = tmp_path / "township.xlsx"
    code, data, _ = run(capsys, "incentives", "reconcile", *d, "--date", str(TODAY), "--xlsx", str(xlsx))
    assert code == 0 and data["counts"] == {"not_enrolled": 0, "not_eligible": 0, "approved_not_paid": 0,
                                            "paid_without_approval": 0}
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    assert wb.sheetnames[:2] == ["汇总", "发放台账"]
    ledger = list(wb["发放台账"].iter_rows(values_only=True))
    assert len(ledger) == 3 and all("*" in row[3] for row in ledger[1:])

    for kind in ("notice", "board", "display"):
        out = tmp_path / f"{kind}.pdf"
        code, data, _ = run(capsys, "disclose", *d, "--kind", kind, "--out", str(out), "--paper", "A3",
                            "--date", str(TODAY))
        assert code == 0 and out.exists(), kind
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert "(A3)" in info
    code, data, _ = run(capsys, "disclose", *d, "--kind", "receipt", "--out", str(tmp_path / "r.pdf"))
    assert code == 1 and "--payment" in data["error"]
