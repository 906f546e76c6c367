"""Drill-down: the women (or children, payments) a figure or a logic check counts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout

from app.returns.people import people_rows
from ui.return_models import PeopleModel


class DrillDownDialog(QDialog):
    def __init__(self, title: str, uuids: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("名单：{t}").format(t=title))
        self.resize(720, 480)
        self.model = PeopleModel(self)
        rows = people_rows(uuids)
        self.model.set_rows(rows)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        other = len(set(uuids)) - len(rows)
        text = self.tr("{t}：共{n}人").format(t=title, n=len(rows))
        if other:
            text += self.tr("；另有{k}条记录不是登记的人（如兑现记录），UUID：{u}").format(
                k=other, u=" ".join(u for u in uuids if u not in {r.uuid for r in rows})[:400])
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
