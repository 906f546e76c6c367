"""The monthly stock report and requisition as an xlsx workbook (openpyxl): the same columns as
the PDF, numbers as numbers so the township can add villages up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.i18n import translate
from app.reports.stock_report import adjustment_notes, headers, row_values, subtitle_of, title_of
from app.stock.figures import MonthlyReport


def _t(text: str) -> str:
    return translate("stock_report", text)


def write_stock_report_xlsx(path: str | Path, report: MonthlyReport, *, site_name: str,
                            prepared_by: str = "", printed_on: dt.date | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    path = Path(path)
    printed_on = printed_on or dt.date.today()
    wb = Workbook()
    ws = wb.active
    ws.title = report.month
    cols = headers()
    ws.append([title_of(report, site_name)])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols))
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([subtitle_of(report, printed_on)])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(cols))
    ws.append(cols)
    thin = Side(style="thin", color="555555")
    for c in ws[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E6E6E6")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for line in report.lines:
        ws.append(row_values(line))
    ws.append([_t("合计 CYP")] + [None] * (len(cols) - 2) + [report.cyp_total])
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row, max_col=len(cols)):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, width in enumerate([28, 6] + [10] * (len(cols) - 2), start=1):
        ws.column_dimensions[ws.cell(row=3, column=i).column_letter].width = width
    ws.freeze_panes = "C4"
    for note in adjustment_notes(report):
        ws.append([note])
    ws.append([_t("填报人：{who}").format(who=prepared_by)])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
