"""The township menu (乡镇): all villages' registers, the submission board, cross-village
duplicates and transfers, the township return. Shown only when this database is a township."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.township.villages import is_township


class TownshipMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.windows: dict[str, object] = {}
        menu = window.menuBar().addMenu(self.tr("乡镇(&T)"))
        self.menu = menu
        self.register = QAction(self.tr("各村登记册（只读）"), window)
        self.board = QAction(self.tr("报表报送情况"), window)
        self.duplicates = QAction(self.tr("跨村重复登记与转移"), window)
        self.township_return = QAction(self.tr("乡镇汇总报表"), window)
        for action in (self.register, self.board, self.duplicates, self.township_return):
            menu.addAction(action)
        self.register.triggered.connect(lambda: self.open("register"))
        self.board.triggered.connect(lambda: self.open("board"))
        self.duplicates.triggered.connect(lambda: self.open("duplicates"))
        self.township_return.triggered.connect(lambda: self.open("return"))
        window.sessionChanged.connect(self._follow_session)

    def _make(self, key: str):
        w = self.window
        today = getattr(w, "_today", None)
        if key == "register":
            from ui.township_register import TownshipRegisterWindow

            return TownshipRegisterWindow(w.session, w, today=today)
        if key == "board":
            from ui.township_board import SubmissionBoardWindow

            return SubmissionBoardWindow(w, today=today)
        if key == "duplicates":
            from ui.township_duplicates import DuplicatesWindow

            return DuplicatesWindow(w.session, w, today=today)
        from ui.township_return import TownshipReturnWindow

        return TownshipReturnWindow(w, today=today)

    def open(self, key: str):
        window = self.windows.get(key)
        if window is None:
            window = self.windows[key] = self._make(key)
        elif hasattr(window, "reload"):
            window.reload()
        else:
            window.apply_filter()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _follow_session(self, session) -> None:
        for window in self.windows.values():
            if hasattr(window, "session"):
                window.session = session


class VillageTransferMenu(QObject):
    """At a village that has transfer requests from the township: the window to carry them out."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.transfers_window = None
        self.menu = window.menuBar().addMenu(self.tr("跨村转移(&T)"))
        self.open_action = QAction(self.tr("乡镇转来的转移申请"), window)
        self.menu.addAction(self.open_action)
        self.open_action.triggered.connect(self.open)

    def open(self):
        from ui.township_village import VillageTransfersWindow

        w = self.window
        if self.transfers_window is None:
            self.transfers_window = VillageTransfersWindow(w.session, w, today=getattr(w, "_today", None))
            self.transfers_window.changed.connect(lambda: w.refresh())
        else:
            self.transfers_window.session = w.session
            self.transfers_window.reload()
        self.transfers_window.show()
        self.transfers_window.raise_()
        return self.transfers_window


def _village_has_requests(site_code: str) -> bool:
    from db.models_township import TransferRequest

    return TransferRequest.select().where(
        ((TransferRequest.from_site == site_code) | (TransferRequest.to_site == site_code))
        & (TransferRequest.voided == False)  # noqa: E712
    ).exists()


def install(window) -> None:
    if is_township():
        window.township_menu = TownshipMenu(window)
    elif _village_has_requests(window.session.site_code):
        # Only villages the township has sent a transfer request to see this menu.
        window.village_transfers = VillageTransferMenu(window)
