"""All villages' registers at the township, read-only, with a village filter.

The rows are the villages' own (synced in); nothing here edits them. The one action is asking
for a transfer, which writes a township-owned request row (app.township.transfers)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.auth import Session
from app.register_query import RegisterFilter, count
from app.township.villages import villages
from ui.register_model import COLUMNS as REGISTER_COLUMNS
from ui.register_model import RegisterModel
from ui.tables import read_only_table, selected_row
from ui.woman_rows_model import ModelIndex
from ui.workers import run_in_background

_WIDTHS = {"village": 90, "name": 80, "group": 40, "household": 80, "birth_date": 95, "age": 45,
           "id_number": 165, "phone": 110, "residence": 80, "marital_status": 75, "current_status": 100}


class TownshipRegisterModel(RegisterModel):
    """The register model with the owning village as its first column."""

    COLUMNS = ("village", *REGISTER_COLUMNS)

    def __init__(self, parent=None, *, page_size: int = 200, today: dt.date | None = None):
        super().__init__(parent, page_size=page_size, today=today)
        self._names: dict[str, str] = {}

    def set_village_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def header_text(self, key: str) -> str:
        if key == "village":
            return self.tr("村")
        return super().header_text(key)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if 0 <= section < len(self.COLUMNS):
            return self.header_text(self.COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.column() < len(self.COLUMNS)):
            return None
        if index.column() == 0:
            row = self.row_at(index.row())
            if row is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._names.get(row.site_code or "", row.site_code or "")
            if role == self.CardUuidRole:
                return row.card_uuid
            return None
        return super().data(self.createIndex(index.row(), index.column() - 1), role)


class TownshipRegisterWindow(QWidget):
    """Every village's women; filter by village, active/exited, and search text."""

    counted = Signal(int)
    transferRequested = Signal(str)  # request uuid

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._today = today
        self._generation = 0
        self.transfer_dialog = None
        self.setWindowTitle(self.tr("各村登记册（只读）"))
        self.resize(1200, 680)
        self.villages = villages()

        self.village = QComboBox()
        self.village.addItem(self.tr("全部村"), None)
        for v in self.villages:
            self.village.addItem(f"{v.name}（{v.code}）", v.code)
        self.scope = QComboBox()
        for code, text in (("active", self.tr("在册")), ("exited", self.tr("已注销")), ("all", self.tr("全部"))):
            self.scope.addItem(text, code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母、身份证号或电话"))
        self.search.setClearButtonEnabled(True)
        self.transfer_button = QPushButton(self.tr("发起转移…"))
        self.transfer_button.setToolTip(self.tr("各村的登记只能由该村修改；乡镇可发起跨村转移"))
        self.total = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("村")))
        bar.addWidget(self.village)
        bar.addWidget(self.scope)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.transfer_button)

        self.model = TownshipRegisterModel(self, today=today)
        self.model.set_village_names({v.code: v.name for v in self.villages})
        self.table = read_only_table(self.model, alternating=True)
        for column, key in enumerate(self.model.COLUMNS):
            if key in _WIDTHS:
                self.table.horizontalHeader().resizeSection(column, _WIDTHS[key])

        note = QLabel(self.tr("只读：各村的登记由该村修改，同步后在此显示。"))
        note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.total)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.village.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.scope.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.transfer_button.clicked.connect(self.request_transfer)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.apply_filter()

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(scope=self.scope.currentData(), text=self.search.text().strip(),
                              site_code=self.village.currentData())

    def select_village(self, code: str | None) -> None:
        index = self.village.findData(code)
        if index >= 0:
            self.village.setCurrentIndex(index)

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.model.set_filter(flt)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._generation += 1
        generation = self._generation
        today = self._today

        def done(n: int) -> None:
            if isValid(self) and generation == self._generation:
                self.total.setText(self.tr("共 {n} 人").format(n=n))
                self.counted.emit(n)

        run_in_background(lambda: count(flt, today=today), done)

    def selected_row(self):
        return self.model.row_at(selected_row(self.table))

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.transfer_button.setEnabled(
            row is not None and row.exit_reason is None and self.session.can("edit_register")
        )

    def request_transfer(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from ui.township_transfer_dialog import TransferRequestDialog

        dialog = TransferRequestDialog(self.session, row.card_uuid, row.name, row.site_code or "",
                                       self.villages, self, today=self._today)
        dialog.accepted.connect(lambda: self.transferRequested.emit(dialog.request_uuid or ""))
        self.transfer_dialog = dialog
        dialog.open()
