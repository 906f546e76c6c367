"""The worked month: the monthly report matches a hand calculation line by line; the PDF, xlsx
and JSON say the same."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from app.register import add_woman
from app.stock.figures import cyp_total, monthly_report, report_dict, stock_figures
from tests.conftest import woman
from tests.stock_fixtures import D, T, worked_month

# Hand calculation, October 2026 (opening = balance at the end of 30 September).
#
# coc (复方口服避孕药, 15 cycles per CYP)
#   lot A: +200 (8-01) −30 (8-10) −45 (9-05) = 125 at opening;  lot B: +100 (9-30)
#   opening 125 + 100 = 225
#   received: RK-3 lot C +120                                   = 120
#   issued: 10-03 40 (FEFO: lot B, expiring 2026-12-31, before A) + 10-12 3 (her card) + 10-25 20 = 63
#   adjustments: damaged −5 (lot A, 10-20); count 10-31 lot A 118 on the shelf, 120 in the book
#     → count correction −2                                     = −7
#   closing 225 + 120 − 63 − 7                                  = 275  (A 118, B 37, C 120)
#   physical count 118 + 37 + 120 = 275; discrepancy −2 + 0 + 0 = −2
#   AMC (Aug 30 + Sep 45 + Oct 63) ÷ 3 = 46.0; MOS 275 ÷ 46 = 5.98 → 6.0 → over (> 3)
#   max stock 46 × 3 = 138; requested max(0, 138 − 275) = 0; CYP 63 ÷ 15 = 4.2
# dmpa (4 doses per CYP)
#   opening 10 − 3 = 7; received 0; issued 1 (10-08, her card) + 5 (10-18) = 6; closing 1
#   no count: physical count and discrepancy blank
#   AMC (0 + 3 + 6) ÷ 3 = 3.0; MOS 1 ÷ 3 = 0.33 → 0.3 → low (< 1); max 9; requested 9 − 1 = 8
#   CYP 6 ÷ 4 = 1.5
# condom (120 pieces per CYP)
#   opening 50; 10-10 issue 50 → 0 until RK-3 on 10-15: stock-out days 10,11,12,13,14 = 5
#   received 100; issued 50 + 10 = 60; closing 90; AMC 60 ÷ 3 = 20.0; MOS 4.5 → over; requested 0
#   CYP 60 ÷ 120 = 0.5
# Total CYP 4.2 + 1.5 + 0.5 = 6.2. Every other commodity: all zero, band "no_use".
EXPECTED = {
    "coc": dict(opening=225, received=120, issued=63, adjustments=-7, closing=275, physical_count=275,
                discrepancy=-2, stockout_days=0, amc=46.0, mos=6.0, band="over", max_stock=138.0, requested=0,
                cyp=4.2, adjustments_by_reason={"count_correction": -2, "damaged": -5}),
    "dmpa": dict(opening=7, received=0, issued=6, adjustments=0, closing=1, physical_count=None,
                 discrepancy=None, stockout_days=0, amc=3.0, mos=0.3, band="low", max_stock=9.0, requested=8,
                 cyp=1.5, adjustments_by_reason={}),
    "condom": dict(opening=50, received=100, issued=60, adjustments=0, closing=90, physical_count=None,
                   discrepancy=None, stockout_days=5, amc=20.0, mos=4.5, band="over", max_stock=60.0, requested=0,
                   cyp=0.5, adjustments_by_reason={}),
}


@pytest.fixture
def month(admin):
    card = add_woman(admin, woman(current_status="no_method"), today=D(2020, 1, 1))
    worked_month(admin, card.uuid)
    return monthly_report("2026-10", "V001", today=T)


def test_report_matches_the_hand_calculation_line_by_line(month):
    lines = {line.code: line for line in month.lines}
    for code, expected in EXPECTED.items():
        got = {k: getattr(lines[code], k) for k in expected}
        assert got == expected, code
    others = [line for line in month.lines if line.code not in EXPECTED]
    assert others and all(line.closing == 0 and line.cyp == 0 and line.band == "no_use" for line in others)
    assert month.cyp_total == 6.2


def test_contract_figures_agree_with_the_report(month):
    figures = {p.code: p for p in stock_figures(D(2026, 10, 1), D(2026, 10, 31), "V001", today=T)}
    assert (figures["coc"].opening, figures["coc"].closing, figures["coc"].issued) == (225, 275, 63)
    assert figures["condom"].stockout_days == 5
    assert cyp_total(D(2026, 10, 1), D(2026, 10, 31), "V001") == 6.2
    # Another site's figures: nothing.
    assert cyp_total(D(2026, 10, 1), D(2026, 10, 31), "V999") == 0
    # A quarter: Aug–Oct issues of coc 30 + 45 + 63.
    assert {p.code: p.issued for p in stock_figures(D(2026, 8, 1), D(2026, 10, 31))}["coc"] == 138


def test_json_round_trips(month):
    data = json.loads(json.dumps(report_dict(month), ensure_ascii=False))
    coc = next(line for line in data["lines"] if line["code"] == "coc")
    assert coc["closing"] == 275 and data["cyp_total"] == 6.2 and data["month"] == "2026-10"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_pdf_text_has_the_figures_and_embeds_the_font(month, tmp_path):
    from app.reports.stock_report import write_stock_report_pdf

    pdf = write_stock_report_pdf(tmp_path / "r.pdf", month, site_name="红旗村", prepared_by="王芳", printed_on=T)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "红旗村 药具月报及申领单（2026-10）" in text
    coc_row = next(line for line in text.splitlines() if line.strip().startswith("复方口服避孕药"))
    assert coc_row.split()[1:] == ["板", "225", "120", "63", "-7", "275", "275", "-2", "0", "46", "6", "过多", "0", "4.2"]
    dmpa_row = next(line for line in text.splitlines() if "DMPA" in line)
    assert dmpa_row.split()[-4:] == ["0.3", "偏低", "8", "1.5"]
    assert "6.2" in next(line for line in text.splitlines() if "合计 CYP" in line)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert cjk and all(" yes " in line for line in cjk), fonts


def test_xlsx_cells_are_numbers(month, tmp_path):
    from openpyxl import load_workbook

    from app.reports.stock_xlsx import write_stock_report_xlsx

    path = write_stock_report_xlsx(tmp_path / "r.xlsx", month, site_name="红旗村", printed_on=T)
    ws = load_workbook(path).active
    rows = {r[0]: r for r in ws.iter_rows(min_row=4, values_only=True) if r[0]}
    coc = rows["复方口服避孕药"]
    assert coc[2:9] == (225, 120, 63, -7, 275, 275, -2) and coc[14] == 4.2
    assert rows["合计 CYP"][14] == 6.2
