"""Cross-village duplicates and the transfer requests that resolve them (township)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.auth import AuthError, Session
from app.township import duplicates as dup
from app.township import transfers as tr
from app.township.villages import TownshipError, villages
from ui.rows_model import Column, ColumnRowsModel
from ui.tables import read_only_table, selected_row
from ui.workers import run_in_background

_GROUP_SHADE = "#f2f5fa"


class DuplicatesModel(ColumnRowsModel):
    """One row per card; the cards of one duplicate group are adjacent and share a shade.
    Each row is (group number, group, member)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.group_count = 0

    def set_groups(self, groups: list[dup.DuplicateGroup]) -> None:
        self.group_count = len(groups)
        self.set_rows([(n, g, m) for n, g in enumerate(groups) for m in g.members])

    def entry(self, row: int) -> tuple[dup.DuplicateGroup, dup.DuplicateMember] | None:
        found = self.row_at(row)
        if found is None:
            return None
        _n, group, member = found
        return group, member

    def columns(self) -> list[Column]:
        return [
            (self.tr("重复类型"), lambda r: self.kind_text(r[1].kind), False),
            (self.tr("村"), lambda r: r[2].village, False),
            (self.tr("姓名"), lambda r: r[2].name, False),
            (self.tr("身份证号"), lambda r: r[2].id_number or "", False),
            (self.tr("出生日期"), lambda r: r[2].birth_date.isoformat() if r[2].birth_date else "", False),
            (self.tr("组/户"), lambda r: self.tr("{g}组 {h}户").format(
                g=r[2].group_number or "", h=r[2].household_number or ""), False),
            (self.tr("登记日期"), lambda r: r[2].registered_date.isoformat() if r[2].registered_date else "", False),
            (self.tr("转移申请"), lambda r: self.tr("进行中") if r[2].transfer_uuid else "", False),
        ]

    def kind_text(self, kind: str) -> str:
        return {"id_number": self.tr("身份证号相同"), "name_birth": self.tr("姓名和出生日期相同")}.get(kind, kind)

    def background(self, row) -> str | None:
        return _GROUP_SHADE if row[0] % 2 else None


class TransfersModel(ColumnRowsModel):
    """app.township.transfers.TransferView rows."""

    def set_transfers(self, rows: list[tr.TransferView]) -> None:
        self.set_rows(rows)

    def columns(self) -> list[Column]:
        return [
            (self.tr("申请日期"), lambda v: v.requested_date.isoformat(), False),
            (self.tr("姓名"), lambda v: v.name, False),
            (self.tr("身份证号"), lambda v: v.id_number or "", False),
            (self.tr("转出→转入"), lambda v: f"{v.from_village} → {v.to_village}", False),
            (self.tr("状态"), lambda v: self.status_text(v.status), False),
            (self.tr("办理进度"), lambda v: self.progress_text(v.progress) if v.status == "open" else "", False),
            (self.tr("说明"), lambda v: v.note, False),
        ]

    def status_text(self, status: str) -> str:
        return {"open": self.tr("进行中"), "completed": self.tr("已完成"), "cancelled": self.tr("已取消")}.get(status, status)

    def progress_text(self, progress: str) -> str:
        return {
            "waiting_both": self.tr("等待转出村注销和转入村登记"),
            "waiting_out": self.tr("转入村已登记，等待转出村注销"),
            "waiting_in": self.tr("转出村已注销，等待转入村登记"),
            "done": self.tr("两村均已办理"),
        }.get(progress, progress)

    def foreground(self, row: tr.TransferView) -> str | None:
        return "#888888" if row.status == "cancelled" else None


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
        self.dup_table = read_only_table(self.dup_model, fit_columns=True)
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
        self.tr_table = read_only_table(self.tr_model, fit_columns=True)
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
    def selected_member(self):
        return self.dup_model.entry(selected_row(self.dup_table))

    def selected_transfer(self) -> tr.TransferView | None:
        return self.tr_model.row_at(selected_row(self.tr_table))

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
