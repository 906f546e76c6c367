"""The main window: the register table with its filter bar, actions and status bar.

Thin on purpose: widgets come from filter_bar, actions, status_bar, register_model; every
change goes through app.register services; dialogs live in their own modules.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.auth import AuthError, Session
from app.register import RegisterError, exit_woman, void_woman
from app.sites import groups
from db.changes import ConcurrentEditError
from ui import ask, features
from ui.actions import RegisterActions
from ui.filter_bar import FilterBar
from ui.idle_lock import IdleWatcher, LockDialog, cover_windows, uncover
from ui.login import LoginDialog
from ui.register_model import RegisterModel
from ui.register_view import RegisterView
from ui.status_bar import RegisterStatusBar


class MainWindow(QMainWindow):
    sessionChanged = Signal(object)  # Session
    locked = Signal()
    unlocked = Signal()

    def __init__(self, session: Session, *, site_name: str = "", idle_ms: int | None = None,
                 today: dt.date | None = None, demo: bool = False):
        super().__init__()
        self.session = session
        self._site_name = site_name
        self._today = today
        self._demo = demo
        self._covers: list = []
        self.lock_dialog: LockDialog | None = None
        self.due_window = None  # ui.due_list.DueListWindow, created on first use
        self.login_dialog: LoginDialog | None = None
        # The interval is fixed when given (tests); otherwise read from the site settings.
        self._fixed_idle_ms = idle_ms
        self.resize(1200, 720)

        self.filter_bar = FilterBar([(g.number, g.name) for g in groups(session.site_code)], session.site_code)
        self.model = RegisterModel(self, today=today)
        self.view = RegisterView(self.model)
        self.view.activated.connect(lambda index: self.open_card())

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.status = RegisterStatusBar(self)
        self.setStatusBar(self.status)
        self.actions_ = RegisterActions(self)
        self._connect_actions()
        features.install_all(self)
        self.filter_bar.filterChanged.connect(self.apply_filter)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)

        self.idle = IdleWatcher(self._idle_interval(), self)
        self.idle.idle.connect(self.lock)
        self.set_session(session)
        self.apply_filter(self.filter_bar.current_filter())
        self.idle.start()

    def _connect_actions(self) -> None:
        a = self.actions_
        a.add.triggered.connect(self.add_woman)
        a.edit.triggered.connect(self.edit_woman)
        a.open_card.triggered.connect(self.open_card)
        a.void.triggered.connect(self.void_woman)
        a.exit.triggered.connect(self.exit_woman)
        a.import_.triggered.connect(self.import_register)
        a.find.triggered.connect(self.filter_bar.focus_search)
        a.refresh.triggered.connect(self.refresh)
        a.switch_user.triggered.connect(self.switch_user)
        a.lock.triggered.connect(self.lock)
        a.idle_minutes.triggered.connect(self.set_idle_minutes)
        a.due_list.triggered.connect(lambda: self.open_due_list())
        self.status.due_counts.viewRequested.connect(self.open_due_list)
        a.quit.triggered.connect(self.close)

    # -- session -------------------------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        self.session = session
        title = self.tr("村计生服务室登记系统")
        if self._site_name:
            title += f" - {self._site_name}"
        self.setWindowTitle(title)
        self.status.show_user(session)
        if self.due_window is not None:
            self.due_window.session = session
        self.recount_due()
        self._update_actions()
        self.idle.set_interval(self._idle_interval())
        self.sessionChanged.emit(session)

    def _idle_interval(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return auth.idle_lock_minutes() * 60_000

    def _update_actions(self) -> None:
        self.actions_.apply_permissions(self.session, has_selection=self.selected_uuid() is not None)

    # -- the register ---------------------------------------------------------------------------
    def apply_filter(self, flt) -> None:
        self.model.set_filter(flt)
        self.status.recount(flt, today=self._today)
        if self.model.rowCount() and self.view.currentIndex().row() < 0:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def refresh(self, select_uuid: str | None = None) -> None:
        current = select_uuid or self.selected_uuid()
        self.apply_filter(self.filter_bar.current_filter())
        self.recount_due()
        if current:
            row = self.model.row_of_uuid(current)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def selected_uuid(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.card_uuid(index.row())

    def _selected_name(self) -> str:
        row = self.model.row_at(self.view.currentIndex().row())
        return row.name if row else ""

    def _run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def recount_due(self) -> None:
        self.status.due_counts.recount(self._today, self.session.site_code)

    def open_due_list(self, view: str | None = None) -> None:
        from ui.due_list import DueListWindow

        if self.due_window is None:
            self.due_window = DueListWindow(self.session, self, site_name=self._site_name,
                                            today=self._today, view=view or "week")
            self.due_window.visitRecorded.connect(lambda uuid: self.refresh(uuid))
        elif view and view != self.due_window.current_view():
            self.due_window.set_view(view)  # reloads
        else:
            self.due_window.reload()
        self.due_window.show()
        self.due_window.raise_()
        self.due_window.activateWindow()

    # -- actions --------------------------------------------------------------------------------
    def open_card(self) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        from ui.woman_card import WomanCardDialog

        dialog = WomanCardDialog(self.session, uuid, self, today=self._today)
        dialog.changed.connect(lambda u: self.refresh(u))
        self._run(dialog)

    def add_woman(self) -> None:
        from ui.woman_dialog import WomanDialog

        dialog = WomanDialog(self.session, self, today=self._today)
        if self._run(dialog):
            self.refresh(dialog.card_uuid)

    def edit_woman(self) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        from ui.woman_dialog import WomanDialog

        if self._run(WomanDialog(self.session, self, card_uuid=uuid, today=self._today)):
            self.refresh(uuid)

    def void_woman(self) -> None:
        uuid, name = self.selected_uuid(), self._selected_name()
        if not uuid:
            return
        reason = ask.void_reason(self, name)
        if not reason:
            return
        if not ask.confirm(self, self.tr("确认作废"),
                           self.tr("确定作废“{n}”的登记吗？\n原因：{r}\n作废后她不再出现在登记册中，修改记录会保留。")
                           .format(n=name, r=reason)):
            return
        self._change(lambda: void_woman(self.session, uuid, reason))

    def exit_woman(self) -> None:
        uuid, name = self.selected_uuid(), self._selected_name()
        if not uuid:
            return
        details = ask.exit_details(self, name, self._today or dt.date.today())
        if details:
            reason, date = details
            self._change(lambda: exit_woman(self.session, uuid, reason, date), keep=uuid)

    def _change(self, call, keep: str | None = None) -> None:
        try:
            call()
        except (RegisterError, AuthError, ConcurrentEditError, ValueError) as exc:
            ask.warn(self, self.tr("操作未完成"), str(exc))
            return
        self.refresh(keep)

    def import_register(self) -> None:
        try:
            from ui.import_wizard import ImportWizard
        except ImportError:
            ask.warn(self, self.tr("导入"), self.tr("此版本尚未包含导入功能"))
            return
        ImportWizard(self.session, self).exec()
        self.refresh()

    def set_idle_minutes(self) -> None:
        minutes = ask.minutes(self, auth.idle_lock_minutes())
        if minutes is None:
            return
        try:
            auth.set_idle_lock_minutes(self.session, minutes)
        except AuthError as exc:
            ask.warn(self, self.tr("自动锁屏时间"), str(exc))
            return
        self.idle.set_interval(self._idle_interval())

    # -- switching user and locking ---------------------------------------------------------------
    def switch_user(self) -> None:
        self.login_dialog = LoginDialog(self.session.site_code, self, site_name=self._site_name,
                                        demo=self._demo, switching=True)
        self.login_dialog.accepted.connect(self._switched)
        self.login_dialog.open()

    def _switched(self) -> None:
        if self.login_dialog and self.login_dialog.session:
            self.set_session(self.login_dialog.session)
            self.refresh()

    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    def lock(self) -> None:
        if self.is_locked():
            return
        self.idle.stop()
        self._covers = cover_windows()
        self._show_lock_dialog()
        self.locked.emit()

    def _show_lock_dialog(self) -> None:
        self.lock_dialog = LockDialog(self.session, self)
        self.lock_dialog.finished.connect(self._lock_finished)
        self.lock_dialog.open()

    def _lock_finished(self, result: int) -> None:
        dialog = self.lock_dialog
        if result == QDialog.DialogCode.Accepted and dialog and dialog.session:
            self._unlock(dialog.session)
        elif result == LockDialog.SWITCH_USER:
            login = LoginDialog(self.session.site_code, self, site_name=self._site_name,
                                demo=self._demo, switching=True)
            login.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.login_dialog = login
            login.finished.connect(lambda r: self._unlock(login.session) if r and login.session
                                   else self._show_lock_dialog())
            login.open()

    def _unlock(self, session: Session) -> None:
        switched = session.username != self.session.username
        uncover(self._covers)
        self._covers = []
        self.lock_dialog = None
        if switched:
            self.set_session(session)
            self.refresh()
        self.idle.start()
        self.unlocked.emit()

    def closeEvent(self, event) -> None:
        self.idle.uninstall()
        super().closeEvent(event)
