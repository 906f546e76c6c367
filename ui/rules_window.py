"""The follow-up rules window (随访规则): the version in force and its rules, earlier versions,
and import/export of a version as a JSON file — the same services as `fpreg rules import|export`.
Only a township officer or an admin may import (the service checks edit_rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthError, Session
from app.register import RegisterError
from app.rules import export_rules, import_rules
from app.rules_view import RuleVersion, rules_of, versions
from ui import ask
from ui.rules_models import VERSION_COLUMNS, RulesModel, VersionsModel
from ui.tables import read_only_table


class RulesWindow(QDialog):
    rulesImported = Signal(int)  # the new version

    def __init__(self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self._today = today
        self.setWindowTitle(self.tr("随访规则"))
        self.resize(1000, 620)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.versions_model = VersionsModel(self)
        self.versions_table = read_only_table(self.versions_model, row_numbers=False, alternating=True)
        self.rules_model = RulesModel(self)
        self.rules_table = read_only_table(self.rules_model, row_numbers=False, alternating=True)
        self.rules_title = QLabel()

        self.import_button = QPushButton(self.tr("从文件导入新版本…"))
        self.export_button = QPushButton(self.tr("导出选中版本…"))
        close = QPushButton(self.tr("关闭"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        close.clicked.connect(self.reject)

        versions_box = QWidget()
        left = QVBoxLayout(versions_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(QLabel(self.tr("各版本（新版本在上）")))
        left.addWidget(self.versions_table)
        rules_box = QWidget()
        right = QVBoxLayout(rules_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.rules_title)
        right.addWidget(self.rules_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(versions_box)
        splitter.addWidget(rules_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.versions_table.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        self.set_session(session)
        self.reload()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_session(self, session: Session) -> None:
        self.session = session
        allowed = session.can("edit_rules")
        self.import_button.setEnabled(allowed)
        self.import_button.setToolTip("" if allowed else self.tr("只有乡镇计生干部或管理员可以导入新版本"))

    # -- reading --------------------------------------------------------------------------------
    def reload(self, select_version: int | None = None) -> None:
        found = versions(self.today())
        self.versions_model.set_rows(found)
        current = next((v for v in found if v.in_force), None)
        if current is None:
            self.summary.setText(self.tr("还没有随访规则"))
        else:
            self.summary.setText(self.tr("现行：第{n}版，{d}起生效，{k}条规则。{note}").format(
                n=current.version, d=current.effective_from.isoformat(), k=current.rules, note=current.note))
        row = self.versions_model.row_in_force()
        if select_version is not None:
            row = next((i for i, v in enumerate(found) if v.version == select_version), row)
        if row >= 0:
            self.versions_table.selectRow(row)
        self.versions_table.resizeColumnsToContents()
        header = self.versions_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(VERSION_COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch)
        self._show(row)

    def selected_version(self) -> RuleVersion | None:
        index = self.versions_table.currentIndex()
        return self.versions_model.row_at(index.row()) if index.isValid() else None

    def _show(self, row: int) -> None:
        version = self.versions_model.row_at(row)
        self.export_button.setEnabled(version is not None)
        if version is None:
            self.rules_model.set_rows([])
            self.rules_title.setText("")
            return
        self.rules_model.set_rows(rules_of(version.version))
        state = self.tr("（现行）") if version.in_force else ""
        self.rules_title.setText(self.tr("第{n}版的规则{s}：{d}起生效").format(
            n=version.version, s=state, d=version.effective_from.isoformat()))
        self.rules_table.resizeColumnsToContents()
        self.rules_table.horizontalHeader().setSectionResizeMode(
            len(self.rules_model.COLUMNS) - 2, QHeaderView.ResizeMode.Stretch)

    # -- import and export ----------------------------------------------------------------------
    def choose_import_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择随访规则文件"), "",
                                              self.tr("随访规则 (*.json)"))
        return path or None

    def import_file(self, path: str | None = None) -> int | None:
        """Import a new version (the file is asked for unless given); returns its number."""
        if not self.session.can("edit_rules"):
            ask.warn(self, self.tr("不能导入"), self.tr("只有乡镇计生干部或管理员可以导入新版本"))
            return None
        path = path or self.choose_import_file()
        if not path:
            return None
        try:
            rule_set = import_rules(self.session, path)
        except RegisterError as exc:
            lines = "\n".join(f"• {p.message}" for p in exc.problems)
            ask.warn(self, self.tr("规则文件有误，没有导入"),
                     self.tr("文件“{f}”没有导入，现行规则不变：\n{p}").format(f=Path(path).name, p=lines))
            return None
        except AuthError as exc:
            ask.warn(self, self.tr("不能导入"), str(exc))
            return None
        self.reload(select_version=rule_set.version)
        ask.inform(self, self.tr("已导入"), self.tr("已导入随访规则第{n}版，{d}起生效").format(
            n=rule_set.version, d=rule_set.effective_from.isoformat()))
        self.rulesImported.emit(rule_set.version)
        return rule_set.version

    def export_file(self, path: str | None = None) -> Path | None:
        version = self.selected_version()
        if version is None:
            return None
        path = path or ask.save_file(self, self.tr("导出随访规则"), f"followup_rules_v{version.version}.json",
                                     self.tr("随访规则 (*.json)"))
        if not path:
            return None
        try:
            written = export_rules(path, version.version)
        except (RegisterError, OSError) as exc:
            ask.warn(self, self.tr("导出失败"), str(exc))
            return None
        ask.inform(self, self.tr("已导出"), self.tr("已导出第{n}版到 {p}").format(n=version.version, p=written))
        return written


def show_rules_window(window) -> RulesWindow:
    """Open (or bring back) the rules window of a main window, following its user."""
    dialog = getattr(window, "rules_window", None)
    if dialog is None:
        dialog = RulesWindow(window.session, window)
        window.rules_window = dialog
        window.sessionChanged.connect(dialog.set_session)
    else:
        dialog.set_session(window.session)
        dialog.reload()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
