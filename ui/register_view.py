"""The register's table view: fixed row height (fast with 100,000 rows), column widths that
fit the usual content, and a plain-language message when nothing matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from ui.register_model import COLUMNS, RegisterModel

_COLUMN_WIDTHS = {"name": 80, "group": 40, "household": 80, "birth_date": 95, "age": 45,
                  "id_number": 165, "phone": 110, "residence": 80, "marital_status": 75,
                  "current_status": 100}


class RegisterView(QTableView):
    def __init__(self, model: RegisterModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(24)
        # Fixed heights: the view never measures rows, so big registers scroll smoothly.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        for column, key in enumerate(COLUMNS):
            if key in _COLUMN_WIDTHS:
                header.resizeSection(column, _COLUMN_WIDTHS[key])
        header.setStretchLastSection(True)

        self.empty_label = QLabel(self.tr("没有符合条件的登记。可以改变筛选条件或搜索内容。"), self.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #666; font-size: 12pt;")
        self.empty_label.hide()
        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)

    def _update_empty(self, *_args) -> None:
        self.empty_label.setVisible(self.model().rowCount() == 0)
        self.empty_label.setGeometry(self.viewport().rect())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty_label.setGeometry(self.viewport().rect())
