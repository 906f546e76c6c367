"""The monthly stock report and requisition (药具月报及申领单) as PDF, in the layout of the LMIS
report and requisition: one row per commodity with opening, received, issued, adjustments,
closing, physical count, discrepancy, stock-out days, AMC, MOS, requested quantity and CYP.

    write_stock_report_pdf(path, monthly_report("2026-10", "V001"), site_name="红旗村")
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from app.i18n import translate
from app.reports.fonts import cjk_font_name
from app.stock.codes import ADJUST_REASON, MOS_BAND, label
from app.stock.figures import MonthlyReport, ReportLine

MARGIN_MM = 10
# Column widths in mm (sum = 297 − 2 × 10 = 277).
COLUMN_MM = (46, 12, 16, 16, 16, 16, 16, 16, 16, 15, 18, 16, 16, 18, 20)


def _t(text: str) -> str:
    return translate("stock_report", text)


def headers() -> list[str]:
    """Column titles, shared with the xlsx writer so both read alike."""
    return [_t("药具名称"), _t("单位"), _t("期初结存"), _t("本月收入"), _t("本月发出"), _t("调整（±）"),
            _t("期末结存"), _t("实盘数"), _t("差异"), _t("缺货天数"), _t("月均消耗"), _t("库存月数"),
            _t("库存状态"), _t("申领数量"), _t("CYP")]


def _num(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)


def row_values(line: ReportLine) -> list:
    """One commodity's cells (shared with the xlsx writer)."""
    return [line.name, line.unit, line.opening, line.received, line.issued, line.adjustments, line.closing,
            line.physical_count, line.discrepancy, line.stockout_days, line.amc, line.mos,
            label(MOS_BAND, line.band), line.requested, line.cyp]


def adjustment_notes(report: MonthlyReport) -> list[str]:
    notes = []
    for line in report.lines:
        if line.adjustments_by_reason:
            parts = "，".join(f"{label(ADJUST_REASON, r)} {q:+d}" for r, q in line.adjustments_by_reason.items())
            notes.append(_t("{c}：{p}").format(c=line.name, p=parts))
    return notes


def title_of(report: MonthlyReport, site_name: str) -> str:
    return _t("{site} 药具月报及申领单（{m}）").format(site=site_name, m=report.month)


def subtitle_of(report: MonthlyReport, printed_on: dt.date) -> str:
    return _t("报告期 {a} 至 {b}　　商品目录第{v}版　　月均消耗按最近{n}个月　　最高库存 = 月均消耗 × {x}　　打印日期 {d}").format(
        a=report.start.isoformat(), b=report.end.isoformat(), v=report.catalogue_version, n=report.amc_months,
        x=_num(report.max_months), d=printed_on.isoformat())


def write_stock_report_pdf(path: str | Path, report: MonthlyReport, *, site_name: str,
                           prepared_by: str = "", printed_on: dt.date | None = None) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = cjk_font_name()
    path = Path(path)
    printed_on = printed_on or dt.date.today()
    title = title_of(report, site_name)
    title_style = ParagraphStyle("title", fontName=font, fontSize=15, leading=21, alignment=1)
    sub_style = ParagraphStyle("sub", fontName=font, fontSize=8.5, leading=12, alignment=1,
                               textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, alignment=1)
    note_style = ParagraphStyle("note", fontName=font, fontSize=8.5, leading=12)

    data = [[Paragraph(escape(h), head) for h in headers()]]
    for line in report.lines:
        values = row_values(line)
        data.append([Paragraph(escape(values[0]), cell)] + [_num(v) for v in values[1:]])
    data.append([Paragraph(escape(_t("合计 CYP")), cell)] + [""] * 13 + [_num(report.cyp_total)])
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (1, 1), (1, -1), "CENTER"),
        ("ALIGN", (12, 1), (12, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, -1), (13, -1)),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0")),
    ]
    band_colour = {"stockout": "#b00020", "low": "#c25e00", "over": "#1f5fa8"}
    for i, line in enumerate(report.lines, start=1):
        if line.band in band_colour:
            style.append(("TEXTCOLOR", (12, i), (12, i), colors.HexColor(band_colour[line.band])))
    table = Table(data, colWidths=[w * mm for w in COLUMN_MM], repeatRows=1)
    table.setStyle(TableStyle(style))

    story: list = [Paragraph(escape(title), title_style),
                   Paragraph(escape(subtitle_of(report, printed_on)), sub_style), Spacer(1, 4 * mm), table,
                   Spacer(1, 3 * mm)]
    notes = adjustment_notes(report)
    if notes:
        story.append(Paragraph(escape(_t("调整明细：")) + "；".join(escape(n) for n in notes), note_style))
    story.append(Paragraph(escape(_t(
        "说明：期末结存 = 期初结存 + 本月收入 − 本月发出 ± 调整；差异 = 实盘数 − 盘点时账面数；"
        "库存月数 = 期末结存 ÷ 月均消耗；申领数量 = 最高库存 − 期末结存（不小于0）；CYP = 发出数 ÷ 每CYP单位数（{s}）。"
    ).format(s=report.cyp_source)), note_style))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(escape(_t("填报人：{who}　　　　　　审核人：________　　　　　　乡镇计生办签收：________　　　　　　日期：________").format(
        who=prepared_by or "________")), note_style))

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN_MM * mm, MARGIN_MM * mm / 2, title)
        canvas.drawRightString(A4[1] - MARGIN_MM * mm, MARGIN_MM * mm / 2,
                               _t("第 {p} 页").format(p=doc.page))
        canvas.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=MARGIN_MM * mm,
                            rightMargin=MARGIN_MM * mm, topMargin=MARGIN_MM * mm, bottomMargin=MARGIN_MM * mm,
                            title=title, author=prepared_by, subject=_t("药具月报及申领单"))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path
