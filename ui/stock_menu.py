"""The stock menu (库存): the stock window, and the monthly report and requisition from it; at
the township, dispatches to villages; at a village, the count of pending receipts in the menu."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from app.township.villages import is_township


class StockMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.stock_window = None
        self.current_dialog = None
        self.menu = window.menuBar().addMenu(self.tr("库存(&S)"))
        self.open_action = QAction(self.tr("药具库存(&K)…"), window)
        self.open_action.setStatusTip(self.tr("库存卡、批号、近效期、入库、发放、调整、盘点"))
        self.issue_action = QAction(self.tr("发放药具给所选妇女(&I)…"), window)
        self.issue_action.setStatusTip(self.tr("登记册中选中一位妇女，发放药具并记为一次随访"))
        self.report_action = QAction(self.tr("药具月报及申领单(&R)…"), window)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.issue_action)
        self.menu.addAction(self.report_action)
        self.issue_action.triggered.connect(self.issue_to_selected)
        self.open_action.triggered.connect(self.open)
        self.report_action.triggered.connect(lambda: self.open().export_report())
        window.sessionChanged.connect(self._follow_session)
        self.township = is_township()
        self.pending = 0
        self.sync_followed = False
        self.dispatch_window = None
        if self.township:
            self.menu.addSeparator()
            self.dispatch_action = QAction(self.tr("调拨药具到村(&D)…"), window)
            self.dispatch_action.setStatusTip(self.tr("开调拨单：药具随下次数据包送到村，村确认收货后入库"))
            self.dispatches_action = QAction(self.tr("调拨单及收货情况(&L)…"), window)
            self.menu.addAction(self.dispatch_action)
            self.menu.addAction(self.dispatches_action)
            self.dispatch_action.triggered.connect(lambda: self.open_dispatches().new_dispatch())
            self.dispatches_action.triggered.connect(self.open_dispatches)
        else:
            self.menu.aboutToShow.connect(self.refresh_pending)
            self.refresh_pending()
            # The sync menu is installed after this one: follow its imports once it exists.
            QTimer.singleShot(0, self._follow_sync)

    def open(self):
        from ui.stock_window import StockWindow

        w = self.window
        if self.stock_window is None:
            self.stock_window = StockWindow(w.session, w, site_name=getattr(w, "_site_name", ""),
                                            today=getattr(w, "_today", None))
            if not self.township:
                self.stock_window.pendingChanged.connect(self.refresh_pending)
        else:
            self.stock_window.reload()
        self.stock_window.show()
        self.stock_window.raise_()
        self.stock_window.activateWindow()
        return self.stock_window

    def open_dispatches(self):
        from ui.stock_dispatch import DispatchStatusWindow

        w = self.window
        if self.dispatch_window is None:
            self.dispatch_window = DispatchStatusWindow(w.session, w, today=getattr(w, "_today", None))
        else:
            self.dispatch_window.session = w.session
            self.dispatch_window.reload()
        self.dispatch_window.show()
        self.dispatch_window.raise_()
        return self.dispatch_window

    def refresh_pending(self, count: int | None = None) -> None:
        """Pending receipts from the township, in the menu title and the stock window's item."""
        if count is None:
            from app.stock.dispatch import pending_count

            count = pending_count(self.window.session.site_code)
        self.pending = count
        if count:
            self.menu.setTitle(self.tr("库存（待收货{n}）(&S)").format(n=count))
            self.open_action.setText(self.tr("药具库存（待收货{n}）(&K)…").format(n=count))
        else:
            self.menu.setTitle(self.tr("库存(&S)"))
            self.open_action.setText(self.tr("药具库存(&K)…"))

    def _follow_sync(self) -> None:
        sync_menu = getattr(self.window, "sync_menu", None)
        if sync_menu is not None and hasattr(sync_menu, "finished") and not self.sync_followed:
            sync_menu.finished.connect(lambda *_: self.refresh_pending())
            self.sync_followed = True

    def issue_to_selected(self):
        """The issue dialog for the woman selected in the register (her card's visit follows)."""
        from ui import ask
        from ui.stock_dialogs import IssueDialog

        w = self.window
        card_uuid = w.selected_uuid() if hasattr(w, "selected_uuid") else None
        if not card_uuid:
            ask.inform(w, self.tr("发放药具"), self.tr("请先在登记册中选中一位妇女"))
            return None
        dialog = IssueDialog(w.session, w, card_uuid=card_uuid, woman_name=w._selected_name(),
                             today=getattr(w, "_today", None))
        self.current_dialog = dialog
        if dialog.exec() and self.stock_window is not None:
            self.stock_window.reload()
        self.current_dialog = None
        return dialog

    def _follow_session(self, session) -> None:
        if self.stock_window is not None:
            self.stock_window.session = session
        if self.dispatch_window is not None:
            self.dispatch_window.session = session


def install(window) -> None:
    if window.session.can("manage_stock"):
        window.stock_menu = StockMenu(window)
