"""The read-only table view the list windows share: whole-row selection, no editing, the last
column stretched; the options are the few ways the windows differ."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def read_only_table(model: QAbstractItemModel, *, select_rows: bool = True, single: bool = True,
                    row_numbers: bool = True, fit_columns: bool = False, alternating: bool = False,
                    stretch_last: bool = True) -> QTableView:
    """single: one row at a time (else the default extended selection); row_numbers: a
    vertical header of fixed 24-pixel rows (else none); fit_columns: columns sized to contents."""
    table = QTableView()
    table.setModel(model)
    if select_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if alternating:
        table.setAlternatingRowColors(True)
    if row_numbers:
        table.verticalHeader().setDefaultSectionSize(24)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    else:
        table.verticalHeader().setVisible(False)
    if fit_columns:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_last:
        table.horizontalHeader().setStretchLastSection(True)
    return table


def selected_row(table: QTableView) -> int:
    """The current row if it is selected, else -1 (models' row_at gives None for -1)."""
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isRowSelected(index.row()):
        return -1
    return index.row()
