"""The first-run wizard: language, village or township, site, first administrator, the
township's enrolment file, data and backup folders. Rules and the set-up itself live in
app/first_run.py; each page only collects its fields and shows the message that comes back.

Page texts are set in retranslate() (called when a page is shown), so choosing English on the
first page turns the following pages English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import first_run
from app.first_run import FirstRunChoices, FirstRunError, FirstRunResult
from ui.form_fields import path_row
from ui.workers import run_in_background

ERROR_STYLE = "color: #b00020;"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class _Page(QWizardPage):
    """A page checked by app.first_run.validate(choices, NAME) before Next."""

    NAME = ""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wiz = wizard
        self.message = _error_label()
        self.editors: dict[str, QWidget] = {}

    def _add_hint_and_message(self, layout: QVBoxLayout) -> None:
        """The bottom of a page: a wrapped hint (self.hint), then the error message at the foot."""
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        pass

    def store(self, c: FirstRunChoices) -> None:
        """Copy this page's fields into the choices."""

    def validatePage(self) -> bool:
        self.store(self.wiz.choices)
        try:
            first_run.validate(self.wiz.choices, self.NAME)
        except FirstRunError as exc:
            self.message.setText(str(exc))
            editor = self.editors.get(exc.field)
            if editor is not None:
                editor.setFocus()
            return False
        self.message.clear()
        return True


def _line(name: str, text: str = "", *, password: bool = False) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FirstRunLanguagePage(_Page):
    NAME = "language"

    def __init__(self, wizard):
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.chinese = QRadioButton("简体中文")
        self.english = QRadioButton("English")
        self.chinese.setObjectName("zh_CN")
        self.english.setObjectName("en")
        (self.english if wizard.choices.language == "en" else self.chinese).setChecked(True)
        layout.addWidget(self.chinese)
        layout.addWidget(self.english)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.setTitle(self.tr("欢迎使用村计生服务室登记系统") + " / Welcome")
        self.setSubTitle(self.tr("第一次使用需要完成几步设置。请选择界面语言。") + "\nFirst set-up: choose the language.")

    def store(self, c):
        c.language = "en" if self.english.isChecked() else "zh_CN"

    def validatePage(self) -> bool:
        if not super().validatePage():
            return False
        self.wiz.switch_language(self.wiz.choices.language)
        return True


class FirstRunSitePage(_Page):
    NAME = "site"

    def __init__(self, wizard):
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.village = QRadioButton()
        self.township = QRadioButton()
        self.village.setObjectName("village")
        self.township.setObjectName("township")
        self.village.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.village)
        group.addButton(self.township)
        layout.addWidget(self.village)
        layout.addWidget(self.township)
        self.form = QFormLayout()
        self.editors = {"kind": self.village, "site_code": _line("site_code"), "site_name": _line("site_name"),
                        "parent_code": _line("parent_code")}
        self.labels = [QLabel() for _ in range(3)]
        for label, key in zip(self.labels, ("site_code", "site_name", "parent_code"), strict=True):
            self.form.addRow(label, self.editors[key])
        layout.addLayout(self.form)
        self._add_hint_and_message(layout)
        self.township.toggled.connect(self._kind_changed)

    def _kind_changed(self, township: bool) -> None:
        self.form.setRowVisible(2, not township)

    def retranslate(self) -> None:
        self.setTitle(self.tr("本机用于哪里"))
        self.setSubTitle(self.tr("站点代码由乡镇统一分配，同步和备份都靠它区分各村，请向乡镇计生办确认。"))
        self.village.setText(self.tr("村计生服务室"))
        self.township.setText(self.tr("乡镇计生办"))
        for label, text in zip(self.labels, (self.tr("站点代码："), self.tr("站点名称："), self.tr("所属乡镇代码：")),
                               strict=True):
            label.setText(text)
        self.editors["site_code"].setPlaceholderText(self.tr("例如 V001"))
        self.editors["site_name"].setPlaceholderText(self.tr("例如 红旗村"))
        self.editors["parent_code"].setPlaceholderText(self.tr("例如 T01（可以以后再填）"))
        self.hint.setText(self.tr("代码用2到20个字母、数字或下划线。"))

    def store(self, c):
        c.kind = "township" if self.township.isChecked() else "village"
        c.site_code = self.editors["site_code"].text().strip()
        c.site_name = self.editors["site_name"].text().strip()
        c.parent_code = "" if self.township.isChecked() else self.editors["parent_code"].text().strip()


class FirstRunAdminPage(_Page):
    NAME = "admin"

    def __init__(self, wizard):
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.editors = {
            "admin_username": _line("admin_username", "admin"), "admin_name": _line("admin_name"),
            "admin_password": _line("admin_password", password=True),
            "admin_password_again": _line("admin_password_again", password=True),
        }
        self.labels = [QLabel() for _ in self.editors]
        for label, editor in zip(self.labels, self.editors.values(), strict=True):
            form.addRow(label, editor)
        layout.addLayout(form)
        self._add_hint_and_message(layout)

    def retranslate(self) -> None:
        self.setTitle(self.tr("第一个管理员账户"))
        self.setSubTitle(self.tr("管理员可以添加其他用户、恢复备份。请记住密码，它无法找回。"))
        texts = (self.tr("用户名："), self.tr("姓名："), self.tr("密码："), self.tr("再输一次密码："))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.hint.setText(self.tr("密码至少{n}个字符。").format(n=first_run.min_password_length()))

    def store(self, c):
        c.admin_username = self.editors["admin_username"].text().strip()
        c.admin_name = self.editors["admin_name"].text().strip()
        c.admin_password = self.editors["admin_password"].text()
        c.admin_password_again = self.editors["admin_password_again"].text()


class FirstRunEnrolmentPage(_Page):
    NAME = "enrolment"

    def __init__(self, wizard):
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.editors = {"enrolment_file": _line("enrolment_file")}
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        layout.addWidget(path_row(self.editors["enrolment_file"], self.browse))
        self._add_hint_and_message(layout)

    def retranslate(self) -> None:
        self.setTitle(self.tr("乡镇的登记文件（可选）"))
        self.setSubTitle(self.tr("乡镇计生办会把本村的登记文件放在U盘上交给您，用于以后同步数据。"))
        self.browse.setText(self.tr("选择…"))
        self.hint.setText(self.tr("还没有拿到登记文件可以先跳过（留空），以后在“同步”菜单中导入。"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("选择登记文件"), str(Path.home()))
        if chosen:
            self.editors["enrolment_file"].setText(chosen)

    def store(self, c):
        c.enrolment_file = self.editors["enrolment_file"].text().strip()


class FirstRunFoldersPage(_Page):
    NAME = "folders"

    def __init__(self, wizard):
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        c = wizard.choices
        self.editors = {"data_folder": _line("data_folder", c.data_folder),
                        "backup_folder": _line("backup_folder", c.backup_folder)}
        self.buttons = {key: QPushButton() for key in self.editors}
        self.labels = [QLabel(), QLabel()]
        for label, (key, editor) in zip(self.labels, self.editors.items(), strict=True):
            self.buttons[key].clicked.connect(lambda _=False, k=key: self._browse(k))
            form.addRow(label, path_row(editor, self.buttons[key]))
        layout.addLayout(form)
        self._add_hint_and_message(layout)

    def retranslate(self) -> None:
        self.setTitle(self.tr("数据和备份放在哪里"))
        self.setSubTitle(self.tr("程序每天自动备份一次，保留最近7天、4周和12个月的备份。"))
        self.labels[0].setText(self.tr("数据文件夹："))
        self.labels[1].setText(self.tr("备份文件夹："))
        for button in self.buttons.values():
            button.setText(self.tr("选择…"))
        self.hint.setText(self.tr("备份文件夹最好在另一块磁盘上；另外请定期用“备份到U盘”带走一份。"))

    def _browse(self, key: str) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), self.editors[key].text())
        if chosen:
            self.editors[key].setText(chosen)

    def store(self, c):
        c.data_folder = self.editors["data_folder"].text().strip()
        c.backup_folder = self.editors["backup_folder"].text().strip()


class FirstRunSummaryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wiz = wizard
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("summary")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.message = _error_label()
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        c = self.wiz.choices
        self.setTitle(self.tr("确认设置"))
        self.setSubTitle(self.tr("点“完成”创建数据库。"))
        kind = self.tr("村计生服务室") if c.kind == "village" else self.tr("乡镇计生办")
        self.text.setText(self.tr(
            "语言：{lang}\n站点：{kind} {code} {name}\n所属乡镇：{parent}\n管理员：{user}\n"
            "登记文件：{enrol}\n数据库：{db}\n备份文件夹：{backup}"
        ).format(
            lang="简体中文" if c.language == "zh_CN" else "English", kind=kind, code=c.site_code,
            name=c.site_name, parent=c.parent_code or "-", user=c.admin_username,
            enrol=c.enrolment_file or self.tr("（以后导入）"), db=c.db_path, backup=c.backup_folder,
        ))

    def isComplete(self) -> bool:
        return not self.wiz.busy


class FirstRunWizard(QWizard):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None, *, language: str = "zh_CN"):
        super().__init__(parent)
        data = Path(db_path).parent if db_path else first_run.default_data_dir()
        self.choices = FirstRunChoices(language=language, data_folder=str(data),
                                       backup_folder=str(data / "backups"))
        self.result_: FirstRunResult | None = None
        self.busy = False
        self._translator = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.pages = [FirstRunLanguagePage(self), FirstRunSitePage(self), FirstRunAdminPage(self), FirstRunEnrolmentPage(self),
                      FirstRunFoldersPage(self), FirstRunSummaryPage(self)]
        for page in self.pages:
            self.addPage(page)
        self.retranslate()
        self.resize(620, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("首次设置 - 村计生服务室登记系统"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))

    def switch_language(self, language: str) -> None:
        from ui.language import install_language, uninstall_language

        app = QApplication.instance()
        uninstall_language(getattr(app, "_fpreg_translator", None))
        app._fpreg_translator = install_language(language)
        self.retranslate()

    def accept(self) -> None:
        """Create the database in the background; close only when it worked."""
        if self.busy:
            return
        summary = self.pages[-1]
        self.busy = True
        summary.progress.show()
        summary.message.clear()
        summary.completeChanged.emit()
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        choices = self.choices
        run_in_background(lambda: first_run.complete(choices), self._done, self._failed)

    def _done(self, result: FirstRunResult) -> None:
        self.busy = False
        self.result_ = result
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        summary = self.pages[-1]
        summary.progress.hide()
        summary.message.setText(str(exc) if isinstance(exc, ValueError | RuntimeError) else repr(exc))
        summary.completeChanged.emit()
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
