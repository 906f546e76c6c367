"""The Backup menu: back up now, back up to a USB stick, restore (see ui/features.py).

Copies run in the background; a restore goes through the wizard and then closes the program,
because every open window still shows the data that was just replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import backup
from ui.workers import run_in_background


def current_db_path() -> Path | None:
    from db.connection import database

    try:
        return Path(database.obj.database)
    except AttributeError:
        return None


def _women_count() -> int:
    from db.models import WomanCard

    return WomanCard.select().where(WomanCard.voided == False).count()  # noqa: E712


class BackupMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("备份(&K)"))
        menu.setObjectName("backup_menu")
        self.menu = menu
        self.now = menu.addAction(self.tr("立即备份(&N)"))
        self.now.setObjectName("backup_now")
        self.now.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.usb = menu.addAction(self.tr("备份到U盘(&U)…"))
        self.usb.setObjectName("backup_usb")
        menu.addSeparator()
        self.restore = menu.addAction(self.tr("恢复备份(&R)…"))
        self.restore.setObjectName("backup_restore")
        self.now.triggered.connect(self.back_up_now)
        self.usb.triggered.connect(self.back_up_to_usb)
        self.restore.triggered.connect(self.open_restore)
        self.wizard = None
        window.sessionChanged.connect(self.apply_permissions)
        self.apply_permissions(window.session)

    def apply_permissions(self, session) -> None:
        # A copy on a stick carries every woman's record out of the room: administrators only.
        allowed = session is not None and session.can("manage_backups")
        self.usb.setEnabled(allowed)
        self.restore.setEnabled(allowed)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15_000)

    def _run(self, job, done_text: str) -> None:
        path = current_db_path()
        if path is None:
            return
        self.now.setEnabled(False)
        self._status(self.tr("正在备份……"))

        def done(made: Path) -> None:
            self.now.setEnabled(True)
            self._status(done_text.format(p=made))
            QMessageBox.information(self.window, self.tr("备份完成"), done_text.format(p=made))

        def failed(exc: BaseException) -> None:
            self.now.setEnabled(True)
            self._status(self.tr("备份失败"))
            QMessageBox.warning(self.window, self.tr("备份失败"), str(exc))

        run_in_background(lambda: job(path), done, failed)

    def back_up_now(self) -> None:
        self._run(lambda path: backup.backup_now(path, reason="manual"), self.tr("已备份到 {p}"))

    def back_up_to_usb(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("选择U盘或备份文件夹"), _removable_root())
        if not folder:
            return
        session = self.window.session
        self._run(lambda path: backup.backup_to_usb(path, folder, session=session),
                  self.tr("已备份到U盘：{p}\n备份已校验，可以安全拔出U盘。"))

    def open_restore(self) -> None:
        from ui.restore_wizard import RestoreWizard

        path = current_db_path()
        if path is None:
            return
        self.wizard = RestoreWizard(self.window.session, path, self.window, current_women=_women_count())
        self.wizard.restored.connect(self.after_restore)
        self.wizard.open()

    def after_restore(self, kept) -> None:
        text = self.tr("备份已恢复。程序现在关闭，请重新打开并登录。")
        if kept:
            text += "\n" + self.tr("原数据库已保留为：{p}").format(p=kept)
        QMessageBox.information(self.window, self.tr("恢复完成"), text)
        self.window.close()
        QApplication.instance().quit()


def _removable_root() -> str:
    """Where sticks appear: /media/<user> on Debian, else the home folder (Windows: drive list)."""
    import getpass

    for candidate in (Path("/media") / getpass.getuser(), Path("/media"), Path("/run/media") / getpass.getuser()):
        if candidate.is_dir():
            return str(candidate)
    return str(Path.home())


def install(window) -> None:
    window.backup_menu = BackupMenu(window)
