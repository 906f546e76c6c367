"""The restore wizard: pick a backup, see what it holds (verified in the background), confirm,
restore in the background. app.backup does the work and refuses any bad file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import backup
from app.backup_restore import site_of_target
from ui.workers import run_in_background, wait_for_background

ERROR_STYLE = "color: #b00020;"


class RestoreChoosePage(QWizardPage):
    def __init__(self, wizard: RestoreWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("选择备份"))
        self.setSubTitle(self.tr("从备份文件夹的列表中选择，或从U盘选择一个备份文件。"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("备份文件路径"))
        browse = QPushButton(self.tr("从U盘或其他位置选择…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(self._picked)
        self.path.textChanged.connect(lambda _: self.completeChanged.emit())
        for found in backup.list_backups(db_path=wizard.db_path, site_code=wizard.site_code):
            item = QListWidgetItem(
                self.tr("{t}　{r}　{s} MB").format(
                    t=f"{found.taken_at:%Y-%m-%d %H:%M}", r=wizard.reason_label(found.reason),
                    s=f"{found.size / 2**20:.1f}",
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(found.path))
            self.list.addItem(item)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.path.setText(item.data(Qt.ItemDataRole.UserRole))

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), str(backup.backup_folder()), self.tr("备份文件 (*.db *.bak);;所有文件 (*)")
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())


class RestoreCheckPage(QWizardPage):
    """Runs the full verify_backup off the GUI thread and shows what it found."""

    def __init__(self, wizard: RestoreWizard):
        super().__init__()
        self._wizard = wizard
        self.info: backup.BackupInfo | None = None
        self._checking = False
        self.setTitle(self.tr("检查备份"))
        self.setSubTitle(self.tr("恢复前先检查备份是否完整、是否属于本站点、版本是否合适。"))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.info = None
        self._checking = True
        self.progress.show()
        self.result.setStyleSheet("")
        self.result.setText(self.tr("正在检查……"))
        path = Path(self._wizard.choose.path.text().strip())
        site = self._wizard.site_code
        run_in_background(lambda: backup.verify_backup(path, site), self._verified, self._refused)

    def _verified(self, info: backup.BackupInfo) -> None:
        self._checking = False
        self.progress.hide()
        self.info = info
        taken = f"{info.taken_at:%Y-%m-%d %H:%M:%S}" if info.taken_at else self.tr("（文件名中无时间）")
        self.result.setText(
            self.tr(
                "备份完好。\n\n站点：{c} {n}\n备份时间：{t}\n数据库版本：{v}\n"
                "登记妇女：{w}　人员：{p}　用户：{u}\n变更记录：{ch}，最后修改：{last}\n\n"
                "当前数据库：登记妇女 {cw}"
            ).format(
                c=info.site_code, n=info.site_name, t=taken, v=info.schema_version, w=info.women,
                p=info.persons, u=info.users, ch=info.changes, last=info.last_change or "-",
                cw=self._wizard.current_women,
            )
        )
        self.completeChanged.emit()

    def _refused(self, exc: BaseException) -> None:
        self._checking = False
        self.progress.hide()
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(str(exc) if isinstance(exc, backup.BackupError) else repr(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.info is not None and not self._checking


class RestoreConfirmPage(QWizardPage):
    def __init__(self, wizard: RestoreWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("确认恢复"))
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.confirm = QCheckBox(self.tr("我明白：备份之后录入的内容将不在恢复后的数据库中"))
        self.confirm.setObjectName("confirm")
        self.confirm.toggled.connect(lambda _: self.completeChanged.emit())
        layout.addWidget(self.confirm)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        info = self._wizard.check.info
        self.text.setText(
            self.tr(
                "将用备份“{b}”替换当前数据库“{d}”。\n\n当前数据库不会删除，会改名保留在同一文件夹中"
                "（文件名带“replaced”和时间）。恢复后程序将关闭，请重新打开并登录。"
            ).format(b=info.path.name if info else "", d=self._wizard.db_path)
        )

    def isComplete(self) -> bool:
        return self.confirm.isChecked() and not self._wizard.busy


class RestoreWizard(QWizard):
    restored = Signal(object)  # Path | None: where the replaced database was kept

    def __init__(self, session, db_path: Path, parent: QWidget | None = None, *, current_women: int = 0):
        super().__init__(parent)
        self.session = session
        self.db_path = Path(db_path)
        self.site_code = session.site_code if session is not None else site_of_target(self.db_path)
        self.current_women = current_women
        self.busy = False
        self.kept: Path | None = None
        self.setWindowTitle(self.tr("恢复备份"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("恢复"))
        self.choose = RestoreChoosePage(self)
        self.check = RestoreCheckPage(self)
        self.confirm = RestoreConfirmPage(self)
        for page in (self.choose, self.check, self.confirm):
            self.addPage(page)
        self.resize(640, 460)

    def reason_label(self, reason: str) -> str:
        labels = {
            "daily": self.tr("每日自动备份"), "manual": self.tr("手动备份"), "usb": self.tr("U盘备份"),
            "before-import": self.tr("导入数据包前"),
        }
        if reason.startswith("before-v"):
            return self.tr("升级数据库前")
        return labels.get(reason, reason)

    def accept(self) -> None:
        """Restore in the background; close only when it worked."""
        if self.busy or self.check.info is None:
            return
        from db.connection import database

        self.busy = True
        self.confirm.progress.show()
        self.confirm.message.clear()
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.confirm.completeChanged.emit()
        wait_for_background()
        # Nobody may hold the file while it is swapped (Windows refuses, Linux would keep
        # writing into the replaced file).
        try:
            database.close()
        except AttributeError:
            pass
        info = self.check.info
        run_in_background(
            lambda: backup.restore(info.path, self.db_path, expected_site=self.site_code,
                                   session=self.session, info=info),
            self._done, self._failed,
        )

    def _done(self, kept: Path | None) -> None:
        self.busy = False
        self.kept = kept
        self.restored.emit(kept)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.confirm.progress.hide()
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.confirm.message.setText(str(exc) if isinstance(exc, backup.BackupError) else repr(exc))
        self.confirm.completeChanged.emit()
