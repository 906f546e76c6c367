"""The register's table view: fixed row height (fast with 100,000 rows), column widths that
fit the usual content, and a plain-language message when nothing matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from app import codes
from ui.register_model import COLUMNS, RegisterModel

_CODE_LABELS = {"residence": codes.RESIDENCE, "marital_status": codes.MARITAL, "current_status": codes.STATUS}
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
        header.setStretchLastSection(True)
        self.fit_columns()

        self.empty_label = QLabel(self.tr("没有符合条件的登记。可以改变筛选条件或搜索内容。"), self.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #666; font-size: 12pt;")
        self.empty_label.hide()
        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)

    def fit_columns(self) -> None:
        """Widths from the header text and the longest code label (English is wider than Chinese),
        without measuring rows: measuring would fetch and lay out every loaded row."""
        model: RegisterModel = self.model()
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        for column, key in enumerate(COLUMNS):
            if key not in _COLUMN_WIDTHS:
                continue
            widest = header_metrics.horizontalAdvance(model.header_text(key)) + 24
            labels = _CODE_LABELS.get(key)
            if labels:
                widest = max(widest, *(metrics.horizontalAdvance(codes.label(labels, c)) + 12 for c in labels))
            self.horizontalHeader().resizeSection(column, max(_COLUMN_WIDTHS[key], widest))

    def _update_empty(self, *_args) -> None:
        self.empty_label.setVisible(self.model().rowCount() == 0)
        self.empty_label.setGeometry(self.viewport().rect())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty_label.setGeometry(self.viewport().rect())
