"""What every public document shares: paper (A4 or A3 portrait, the type scaled with the page so
it reads at a metre), large-type styles in the embedded CJK font, masking, and the page frame.

Public documents carry names, village groups, masked ID numbers, schemes and amounts, and
aggregate figures; never a contraceptive method, pregnancy, infertility, procedure or any
other health information (tests/test_disclosure_privacy.py checks every kind).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from app.i18n import translate
from app.idnumber import mask
from app.reports.fonts import cjk_font_name

PAPERS = ("A4", "A3")


def _t(text: str) -> str:
    return translate("disclosure", text)


@dataclass(frozen=True)
class Page:
    size: tuple[float, float]
    scale: float  # type size relative to A4
    margin: float

    @property
    def width(self) -> float:
        return self.size[0] - 2 * self.margin


def page(paper: str) -> Page:
    from reportlab.lib.pagesizes import A3, A4
    from reportlab.lib.units import mm

    if paper not in PAPERS:
        raise ValueError(_t("纸张应为 A4 或 A3"))
    if paper == "A3":
        return Page(A3, 1.414, 20 * mm)
    return Page(A4, 1.0, 15 * mm)


def styles(p: Page) -> dict:
    """Large type: body 15 pt on A4 (21 pt on A3), titles twice that."""
    from reportlab.lib.styles import ParagraphStyle

    font = cjk_font_name()
    s = p.scale

    def st(name: str, size: float, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size * s, leading=size * s * 1.4,
                              wordWrap="CJK", **kw)

    return {
        "title": st("title", 28, alignment=1, spaceAfter=6 * s),
        "subtitle": st("subtitle", 16, alignment=1, spaceAfter=8 * s),
        "h2": st("h2", 20, spaceBefore=10 * s, spaceAfter=6 * s),
        "body": st("body", 15, spaceAfter=5 * s),
        "cell": st("cell", 14),
        "head": st("head", 14, alignment=1),
        "right": st("right", 15, alignment=2),
        "small": st("small", 11),
    }


def para(text: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), style)


def masked(number: str | None) -> str:
    return mask(number) if number else ""


def table(rows: list[list], widths: list[float], p: Page, *, header: bool = True, total_row: bool = False):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font_name()),
        ("FONTSIZE", (0, 0), (-1, -1), 14 * p.scale),
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5 * p.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * p.scale),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    if total_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2")))
    t.setStyle(TableStyle(style))
    return t


def signature_block(p: Page, st: dict, printed_on: dt.date, who: str):
    """The stamp and signature area at the foot of a notice."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    cells = [[para(who + _t("（盖章）"), st["body"]), para(_t("负责人签字："), st["body"])],
             [para(_t("经办人签字："), st["body"]),
              para(_t("{y}年{m}月{d}日").format(y=printed_on.year, m=printed_on.month, d=printed_on.day), st["body"])]]
    t = Table(cells, colWidths=[p.width / 2, p.width / 2], rowHeights=[28 * mm * p.scale, 14 * mm * p.scale])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 8 * mm * p.scale), t]


def build(path: str | Path, story: list, p: Page, *, title: str, footer: str) -> Path:
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate

    font = cjk_font_name()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9 * p.scale)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(p.margin, p.margin / 2, footer)
        canvas.drawRightString(p.size[0] - p.margin, p.margin / 2,
                               _t("第 {n} 页").format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=p.size, leftMargin=p.margin, rightMargin=p.margin,
                            topMargin=p.margin, bottomMargin=p.margin, title=title, subject=title)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path
