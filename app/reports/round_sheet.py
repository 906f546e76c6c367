"""The weekly round sheet (本周随访工作单): the visits due this week, grouped by village group,
with blank columns for the result and the woman's signature. An internal working sheet: only
what a visit needs (no ID numbers).

    write_round_sheet(path, rows, site_name="红旗村", week_start=monday, prepared_by="王芳")
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from xml.sax.saxutils import escape

from app import codes
from app.due import DueRow
from app.i18n import translate
from app.reports.fonts import cjk_font_name

# A4 landscape: the result and signature columns need room to write by hand.
MARGIN_MM = 12
# Column widths in mm (sum = 297 − 2 × 12 = 273).
COLUMN_MM = (22, 17, 27, 38, 24, 30, 16, 69, 30)


def _t(text: str) -> str:
    return translate("round_sheet", text)


def _headers() -> list[str]:
    return [_t("姓名"), _t("户编号"), _t("电话"), _t("随访类型"), _t("应访日期"), _t("窗口期"),
            _t("状态"), _t("结果"), _t("签名")]


def _group_title(number: int | None, count: int, group_names: dict[int, str]) -> str:
    if number is None:
        name = _t("未分组")
    else:
        name = group_names.get(number) or _t("{n}组").format(n=number)
    return _t("{g}（{c}人次）").format(g=name, c=count)


def _window(row: DueRow) -> str:
    return _t("{a} 至 {b}").format(a=row.window_start.strftime("%m-%d"), b=row.window_end.strftime("%m-%d"))


def _sorted(rows: list[DueRow]) -> list[DueRow]:
    return sorted(rows, key=lambda r: (r.group_number is None, r.group_number or 0,
                                       r.household_number or "", r.name, r.due_date))


def write_round_sheet(path: str | Path, rows: list[DueRow], *, site_name: str, week_start: dt.date,
                      prepared_by: str, group_names: dict[int, str] | None = None,
                      printed_on: dt.date | None = None) -> Path:
    """Write the sheet to `path` (A4, the CJK font embedded, headers repeated on every page)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = cjk_font_name()
    path = Path(path)
    group_names = group_names or {}
    printed_on = printed_on or dt.date.today()
    week_end = week_start + dt.timedelta(days=6)

    title_style = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    sub_style = ParagraphStyle("sub", fontName=font, fontSize=9.5, leading=13, alignment=1,
                               textColor=colors.HexColor("#333333"))
    group_style = ParagraphStyle("group", fontName=font, fontSize=12, leading=16, spaceBefore=6, spaceAfter=3)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=13, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontSize=10, leading=13, alignment=1)

    title = _t("{site} 本周随访工作单").format(site=site_name)
    subtitle = _t("{a} 至 {b}　　共 {n} 人次　　制表：{who}　　打印日期：{d}").format(
        a=week_start.isoformat(), b=week_end.isoformat(), n=len(rows), who=prepared_by,
        d=printed_on.isoformat())
    story: list = [Paragraph(escape(title), title_style), Paragraph(escape(subtitle), sub_style),
                   Spacer(1, 4 * mm)]

    widths = [w * mm for w in COLUMN_MM]
    header_row = [Paragraph(escape(h), head) for h in _headers()]
    state_colour = {"overdue": colors.HexColor("#b00020"), "missed": colors.HexColor("#6d4c41")}
    if not rows:
        story.append(Paragraph(escape(_t("本周没有需要随访的对象。")), group_style))
    for number, group_rows in itertools.groupby(_sorted(rows), key=lambda r: r.group_number):
        group_rows = list(group_rows)
        # The group's title is the table's first row: with the column headers it repeats on
        # every page the group runs over, so a continued page still says which group it is.
        title_row = [Paragraph(escape(_group_title(number, len(group_rows), group_names)), group_style)]
        data = [title_row + [""] * (len(widths) - 1), header_row]
        style = [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 2), (-1, -1), 10),
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("GRID", (0, 1), (-1, -1), 0.5, colors.HexColor("#555555")),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#e6e6e6")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 2), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 2), (-1, -1), 5),
        ]
        for i, r in enumerate(group_rows, start=2):
            kind = escape(codes.label(codes.VISIT_TYPE, r.visit_type))
            label = f"<br/><font size='7.5' color='#444444'>{escape(r.label)}</font>" if r.label else ""
            data.append([
                Paragraph(escape(r.name), cell),
                r.household_number or "",
                r.phone or "",
                Paragraph(kind + label, cell),
                r.due_date.isoformat(),
                _window(r),
                codes.label(codes.DUE_STATE, r.state),
                "", "",
            ])
            if r.state in state_colour:
                style.append(("TEXTCOLOR", (6, i), (6, i), state_colour[r.state]))
            if i % 2 == 1:
                style.append(("BACKGROUND", (0, i), (6, i), colors.HexColor("#f4f4f4")))
        table = Table(data, colWidths=widths, repeatRows=2)
        table.setStyle(TableStyle(style))
        story.append(table)
        story.append(Spacer(1, 3 * mm))

    footer_left = _t("{site}　本周随访工作单　{a} 至 {b}").format(
        site=site_name, a=week_start.isoformat(), b=week_end.isoformat())

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN_MM * mm, MARGIN_MM * mm / 2, footer_left)
        canvas.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
        topMargin=MARGIN_MM * mm, bottomMargin=MARGIN_MM * mm, title=title, author=prepared_by,
        subject=_t("随访工作单"),
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page,
              canvasmaker=_numbered_canvas(font, MARGIN_MM * mm))
    return path


def _numbered_canvas(font: str, margin: float):
    """A canvas that writes 第 p 页，共 n 页 once the number of pages is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.setFillGray(0.33)
                self.drawRightString(self._pagesize[0] - margin, margin / 2,
                                     _t("第 {p} 页，共 {n} 页").format(p=self._pageNumber, n=total))
                super().showPage()
            super().save()

    return NumberedCanvas
