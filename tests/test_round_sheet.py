"""The weekly round sheet PDF: written, the CJK font embedded, the names and groups readable."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from app.due import DueRow
from app.reports import fonts
from app.reports.round_sheet import write_round_sheet

WEEK = dt.date(2026, 11, 16)
needs_poppler = pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")


def _row(i: int, name: str, group: int | None, state: str = "due") -> DueRow:
    due = WEEK + dt.timedelta(days=i % 7)
    return DueRow(due_id=i, card_uuid=None, person_id=i, name=name, group_number=group,
                  household_number=f"{i:04d}", phone=f"1380013{i:04d}", visit_type="iud_followup",
                  rule_code="iud_insertion.3m", label="上环后3个月", due_date=due,
                  window_start=due - dt.timedelta(days=14), window_end=due + dt.timedelta(days=14),
                  state=state)


@pytest.fixture
def sheet(tmp_path):
    rows = [_row(1, "张秀英", 1), _row(2, "李娜", 2, "overdue"), _row(3, "王芳", None)]
    rows += [_row(10 + i, "赵丽", 3) for i in range(40)]  # long enough for a second page
    return write_round_sheet(tmp_path / "round.pdf", rows, site_name="红旗村", week_start=WEEK,
                             prepared_by="王芳", group_names={1: "一组"})


@needs_poppler
def test_pdf_embeds_the_cjk_font(sheet):
    assert sheet.exists() and sheet.stat().st_size > 1000
    out = subprocess.run(["pdffonts", str(sheet)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in out.splitlines() if "WenQuanYi" in line]
    assert cjk and all(" yes " in line for line in cjk), out


@needs_poppler
def test_pdf_text_has_names_groups_title_and_page_numbers(sheet):
    text = subprocess.run(["pdftotext", "-layout", str(sheet), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("红旗村 本周随访工作单", "2026-11-16 至 2026-11-22", "张秀英", "李娜", "一组",
                     "2组", "未分组", "签名", "结果", "上环随访", "逾期", "第 1 页，共"):
        assert expected in text, expected
    assert "110101" not in text  # no ID numbers on a working sheet
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 2 and f"第 {len(pages)} 页，共 {len(pages)} 页" in pages[-1]
    assert "签名" in pages[-1] and "3组" in pages[-1]  # headers and group title repeat


def test_empty_week_still_makes_a_sheet(tmp_path):
    path = write_round_sheet(tmp_path / "empty.pdf", [], site_name="红旗村", week_start=WEEK, prepared_by="王芳")
    assert path.read_bytes().startswith(b"%PDF")


def test_missing_font_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "SEARCH_DIRS", (tmp_path,))
    monkeypatch.delenv("FPREG_CJK_FONT", raising=False)
    with pytest.raises(fonts.FontMissingError, match="fonts-wqy-microhei"):
        fonts.find_cjk_font()
