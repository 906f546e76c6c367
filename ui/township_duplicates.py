"""Cross-village duplicates and the transfer requests that resolve them (township)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.auth import AuthError, Session
from app.township import duplicates as dup
from app.township import transfers as tr
from app.township.villages import TownshipError, villages
from ui.woman_rows_model import ModelIndex, ReadOnlyRowsModel
from ui.workers import run_in_background

_GROUP_SHADE = "#f2f5fa"


class DuplicatesModel(ReadOnlyRowsModel):
    """One row per card; the cards of one duplicate group are adjacent and share a shade."""

    COLUMNS = ("kind", "village", "name", "id_number", "birth_date", "household", "registered", "transfer")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, dup.DuplicateGroup, dup.DuplicateMember]] = []
        self.group_count = 0

    def set_groups(self, groups: list[dup.DuplicateGroup]) -> None:
        self.beginResetModel()
        self._rows = [(n, g, m) for n, g in enumerate(groups) for m in g.members]
        self.group_count = len(groups)
        self.endResetModel()

    def entry(self, row: int) -> tuple[dup.DuplicateGroup, dup.DuplicateMember] | None:
        if 0 <= row < len(self._rows):
            _n, group, member = self._rows[row]
            return group, member
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "kind": self.tr("重复类型"), "village": self.tr("村"), "name": self.tr("姓名"),
            "id_number": self.tr("身份证号"), "birth_date": self.tr("出生日期"), "household": self.tr("组/户"),
            "registered": self.tr("登记日期"), "transfer": self.tr("转移申请"),
        }[self.COLUMNS[section]]

    def kind_text(self, kind: str) -> str:
        return {"id_number": self.tr("身份证号相同"), "name_birth": self.tr("姓名和出生日期相同")}.get(kind, kind)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        n, group, m = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_GROUP_SHADE)) if n % 2 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "kind":
            return self.kind_text(group.kind)
        if key == "village":
            return m.village
        if key == "name":
            return m.name
        if key == "id_number":
            return m.id_number or ""
        if key == "birth_date":
            return m.birth_date.isoformat() if m.birth_date else ""
        if key == "household":
            return self.tr("{g}组 {h}户").format(g=m.group_number or "", h=m.household_number or "")
        if key == "registered":
            return m.registered_date.isoformat() if m.registered_date else ""
        return self.tr("进行中") if m.transfer_uuid else ""


class TransfersModel(ReadOnlyRowsModel):
    COLUMNS = ("requested", "name", "id_number", "route", "status", "progress", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tr.TransferView] = []

    def set_transfers(self, rows: list[tr.TransferView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> tr.TransferView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "requested": self.tr("申请日期"), "name": self.tr("姓名"), "id_number": self.tr("身份证号"),
            "route": self.tr("转出→转入"), "status": self.tr("状态"), "progress": self.tr("办理进度"),
            "note": self.tr("说明"),
        }[self.COLUMNS[section]]

    def status_text(self, status: str) -> str:
        return {"open": self.tr("进行中"), "completed": self.tr("已完成"), "cancelled": self.tr("已取消")}.get(status, status)

    def progress_text(self, progress: str) -> str:
        return {
            "waiting_both": self.tr("等待转出村注销和转入村登记"),
            "waiting_out": self.tr("转入村已登记，等待转出村注销"),
            "waiting_in": self.tr("转出村已注销，等待转入村登记"),
            "done": self.tr("两村均已办理"),
        }.get(progress, progress)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        v = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and v.status == "cancelled":
            return QBrush(QColor("#888888"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "requested":
            return v.requested_date.isoformat()
        if key == "name":
            return v.name
        if key == "id_number":
            return v.id_number or ""
        if key == "route":
            return f"{v.from_village} → {v.to_village}"
        if key == "status":
            return self.status_text(v.status)
        if key == "progress":
            return self.progress_text(v.progress) if v.status == "open" else ""
        return v.note


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DuplicatesWindow(QWidget):
    loaded = Signal(int)  # duplicate groups
    transfersLoaded = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._today = today
        self._generation = 0
        self.transfer_dialog = None
        self.cancel_dialog: QInputDialog | None = None
        self.setWindowTitle(self.tr("跨村重复登记与转移"))
        self.resize(1000, 560)

        self.dup_model = DuplicatesModel(self)
        self.dup_table = _table(self.dup_model)
        self.transfer_button = QPushButton(self.tr("转到另一村…"))
        self.transfer_button.setToolTip(self.tr("她实际住在另一个村：由所选村注销（转出），另一村登记"))
        self.dup_status = QLabel()
        dup_page = QWidget()
        dup_layout = QVBoxLayout(dup_page)
        explain = QLabel(self.tr("同一妇女在两个村都有在册登记。选中应注销的那一条（她已不住在那个村），发起转移。"))
        explain.setWordWrap(True)
        dup_layout.addWidget(explain)
        dup_layout.addWidget(self.dup_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.dup_status, 1)
        row.addWidget(self.transfer_button)
        dup_layout.addLayout(row)

        self.tr_model = TransfersModel(self)
        self.tr_table = _table(self.tr_model)
        self.cancel_button = QPushButton(self.tr("取消申请…"))
        self.close_button = QPushButton(self.tr("更新完成状态"))
        self.close_button.setToolTip(self.tr("两村都已办理（同步后可见）的申请标为已完成"))
        self.tr_status = QLabel()
        tr_page = QWidget()
        tr_layout = QVBoxLayout(tr_page)
        tr_layout.addWidget(self.tr_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.tr_status, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.cancel_button)
        tr_layout.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.addTab(dup_page, self.tr("跨村重复"))
        self.tabs.addTab(tr_page, self.tr("转移申请"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.transfer_button.clicked.connect(self.request_transfer)
        self.cancel_button.clicked.connect(self.cancel_transfer)
        self.close_button.clicked.connect(self.close_finished)
        self.dup_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.tr_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.dup_status.setText(self.tr("正在查找…"))

        def done(result) -> None:
            if not isValid(self) or generation != self._generation:
                return
            groups, views = result
            self.dup_model.set_groups(groups)
            self.tr_model.set_transfers(views)
            self.dup_status.setText(self.tr("{n}组可能重复").format(n=len(groups)) if groups
                                    else self.tr("没有发现跨村重复登记"))
            open_ = sum(1 for v in views if v.status == "open")
            self.tr_status.setText(self.tr("共{n}条，进行中{o}条").format(n=len(views), o=open_))
            self._update_buttons()
            self.loaded.emit(len(groups))
            self.transfersLoaded.emit(len(views))

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.dup_status.setText(str(exc))

        run_in_background(lambda: (dup.find_duplicates(), tr.list_transfers()), done, failed)

    # -- actions -------------------------------------------------------------------------------
    def _selected(self, table: QTableView) -> int:
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().isRowSelected(index.row()):
            return -1
        return index.row()

    def selected_member(self):
        return self.dup_model.entry(self._selected(self.dup_table))

    def selected_transfer(self) -> tr.TransferView | None:
        return self.tr_model.row_at(self._selected(self.tr_table))

    def _update_buttons(self) -> None:
        can = self.session.can("edit_register")
        entry = self.selected_member()
        self.transfer_button.setEnabled(can and entry is not None and entry[1].transfer_uuid is None)
        view = self.selected_transfer()
        self.cancel_button.setEnabled(can and view is not None and view.status == "open")
        self.close_button.setEnabled(can)

    def request_transfer(self) -> None:
        entry = self.selected_member()
        if entry is None:
            return
        group, member = entry
        others = [m.site_code for m in group.members if m.site_code != member.site_code]
        from ui.township_transfer_dialog import TransferRequestDialog

        dialog = TransferRequestDialog(self.session, member.card_uuid, member.name, member.site_code,
                                       villages(), self, preferred=others[0] if others else None,
                                       today=self._today)
        dialog.accepted.connect(self.reload)
        self.transfer_dialog = dialog
        dialog.open()

    def cancel_transfer(self) -> None:
        view = self.selected_transfer()
        if view is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("取消转移申请"))
        dialog.setLabelText(self.tr("取消{n}（{r}）的转移申请，请填写原因：").format(
            n=view.name, r=f"{view.from_village}→{view.to_village}"))
        dialog.textValueSelected.connect(lambda text: self._cancel(view.uuid, text))
        self.cancel_dialog = dialog
        dialog.open()

    def _cancel(self, uuid: str, reason: str) -> None:
        try:
            tr.cancel_transfer(self.session, uuid, reason, today=self._today)
        except (TownshipError, AuthError) as exc:
            self.tr_status.setText(str(exc))
            return
        self.reload()

    def close_finished(self) -> None:
        try:
            n = tr.close_finished(self.session, today=self._today)
        except (TownshipError, AuthError) as exc:
            self.tr_status.setText(str(exc))
            return
        self.reload()
        self.tr_status.setText(self.tr("{n}条申请已完成").format(n=n))
