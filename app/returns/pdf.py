"""The printed return: A4 portrait, CJK font embedded, a header with site, period, preparer and
date, one table per section, the failed logic checks, and signature lines."""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from app.i18n import translate
from app.reports.fonts import cjk_font_name
from app.returns.checks import CheckResult
from app.returns.export import _shown
from app.returns.model import Return

MARGIN_MM = 15


def _t(text: str) -> str:
    return translate("returns", text)


STOCK_COLUMNS = ("opening", "received", "issued", "adjustments", "closing", "stockout_days", "cyp")


def _stock_table(section, cell, grid, width):
    """One row per commodity instead of seven (the figures keep their codes in the other outputs)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows: dict[str, dict[str, object]] = {}
    names: dict[str, str] = {}
    total = None
    for f in section.figures:
        parts = f.code.split(".")
        if len(parts) == 3 and parts[0] == "commodity":
            rows.setdefault(parts[1], {})[parts[2]] = f.value
            names[parts[1]] = f.label.split("：")[0] + (f"（{f.unit}）" if parts[2] == "opening" else "")
        elif f.code == "cyp_total":
            total = f.value
    head = [_t("药具"), _t("期初"), _t("收入"), _t("发放"), _t("调整"), _t("期末"), _t("断货天数"), "CYP"]
    data = [head] + [[Paragraph(escape(names[c]), cell), *[_shown(r.get(k)) for k in STOCK_COLUMNS]]
                     for c, r in rows.items()]
    data.append([_t("避孕保护年（CYP）合计"), "", "", "", "", "", "", _shown(total)])
    t = Table(data, colWidths=[(width - 112) * mm] + [16 * mm] * 7, repeatRows=1)
    t.setStyle(TableStyle([*grid, ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("SPAN", (0, -1), (-2, -1))]))
    return t


def to_pdf(ret: Return, checks: list[CheckResult], printed_on: dt.date | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = cjk_font_name()
    printed_on = printed_on or dt.date.today()
    title_style = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    sub = ParagraphStyle("sub", fontName=font, fontSize=9.5, leading=14, alignment=1)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=11.5, leading=16, spaceBefore=6, spaceAfter=2)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    note = ParagraphStyle("note", parent=cell, textColor=colors.HexColor("#555555"))

    title = _t("{site}　计划生育报表").format(site=ret.site_name)
    header = _t("站点：{s}（{c}）　报表期：{p}　填报人：{who}　打印日期：{d}").format(
        s=ret.site_name, c=ret.site_code or "", p=ret.period.label(), who=ret.prepared_by or "—",
        d=printed_on.isoformat())
    story: list = [Paragraph(escape(title), title_style), Paragraph(escape(header), sub)]
    if ret.closed_at:
        story.append(Paragraph(escape(_t("已于{t}关账报送").format(t=ret.closed_at)), sub))
    story.append(Spacer(1, 3 * mm))
    width = 210 - 2 * MARGIN_MM
    cols = [w * mm for w in (width - 82, 22, 12, 48)]
    grid = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
            ("ALIGN", (1, 1), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for s in ret.sections:
        block: list = [Paragraph(escape(s.title), h2)]
        if s.note:
            block.append(Paragraph(escape(s.note), note))
        if s.code == "commodities" and s.figures:
            block.append(_stock_table(s, cell, grid, width))
        elif s.figures:
            data = [[_t("项目"), _t("数值"), _t("单位"), _t("代码")]]
            for f in s.figures:
                text = escape(f.label) + (f"<br/><font size='7' color='#555555'>{escape(f.note)}</font>" if f.note else "")
                data.append([Paragraph(text, cell), _shown(f.value), f.unit, f.code])
            t = Table(data, colWidths=cols, repeatRows=1)
            t.setStyle(TableStyle([*grid, ("FONTSIZE", (3, 1), (3, -1), 6.5),
                                   ("TEXTCOLOR", (3, 1), (3, -1), colors.HexColor("#555555"))]))
            block.append(t)
        # A short section stays on one page; a long one may break (its header row repeats).
        story.append(KeepTogether(block) if len(s.figures) < 12 else block[0])
        if len(s.figures) >= 12:
            story += block[1:]
    if ret.corrections:
        story.append(Paragraph(escape(_t("对已报送报表的更正")), h2))
        data = [[_t("报表期"), _t("项目"), _t("原报"), _t("更正后")]]
        data += [[c.period, Paragraph(escape(c.label), cell), _shown(c.sent), _shown(c.now)] for c in ret.corrections]
        t = Table(data, colWidths=[25 * mm, (width - 75) * mm, 25 * mm, 25 * mm], repeatRows=1)
        t.setStyle(TableStyle(grid))
        story.append(t)
    failed = [c for c in checks if not c.ok]
    story.append(Paragraph(escape(_t("逻辑检查")), h2))
    if not failed:
        story.append(Paragraph(escape(_t("全部{n}项逻辑检查通过。").format(n=len(checks))), cell))
    for c in failed:
        kind = _t("错误") if c.severity == "error" else _t("提示")
        story.append(Paragraph(escape(f"【{kind}】{c.title}：{c.message}"), cell))
    if ret.explanation:
        story.append(Paragraph(escape(_t("报送说明：{e}").format(e=ret.explanation)), cell))
    story.append(Spacer(1, 10 * mm))
    sign = Table([[_t("填报人（签字）："), "", _t("审核人（签字）："), "", _t("负责人（签字）："), ""],
                  [_t("日期："), "", _t("日期："), "", _t("日期："), ""]],
                 colWidths=[28 * mm, 32 * mm] * 3, rowHeights=[12 * mm, 9 * mm])
    sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                              ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                              ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
                              ("LINEBELOW", (5, 0), (5, -1), 0.6, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story.append(KeepTogether([sign]))
    footer = f"{ret.site_name}　{ret.period.code}　"

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN_MM * mm, MARGIN_MM * mm / 2, footer + _t("第{n}页").format(n=doc.page))
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
                            topMargin=MARGIN_MM * mm, bottomMargin=MARGIN_MM * mm, title=title,
                            author=ret.prepared_by, subject=ret.period.code)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
