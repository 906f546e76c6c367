"""The shared shape of the small service dialogs (visit, method, procedure, check, event):
a form of FieldRows, Save/Cancel, and the service's RegisterError problems shown in Chinese
under the field they name (or above the buttons when no field matches).

Subclasses add rows with add_row(), implement submit() (read the widgets, call the service)
and get save() for free: Enter saves, Esc cancels.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthError, Session
from app.register import Problem, RegisterError
from db.changes import ConcurrentEditError
from ui.form_fields import FieldRow, line_edit, parse_date

IMPLANT_TYPES = Path(__file__).resolve().parent.parent / "resources" / "implant_types.json"


def _tr(text: str) -> str:
    return QCoreApplication.translate("service_form", text)


def date_edit(day: dt.date | None) -> QLineEdit:
    edit = line_edit(_tr("如 2026-11-22"), 12)
    edit.setText(day.isoformat() if day else "")
    return edit


def implant_types() -> dict[str, str]:
    """Implant type code → its label in the current language (resources/implant_types.json)."""
    data = json.loads(IMPLANT_TYPES.read_text(encoding="utf-8"))["types"]
    english = QCoreApplication.translate("service_form", "zh") == "en"
    return {code: t["en" if english else "zh"] for code, t in data.items()}


class ServiceFormDialog(QDialog):
    def __init__(self, session: Session, title: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None, intro: str = ""):
        super().__init__(parent)
        self.session = session
        self._today = today or dt.date.today()
        self.rows: dict[str, FieldRow] = {}
        self.problems: list[Problem] = []
        self.result_value = None  # what the service returned
        self.setWindowTitle(title)
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        if intro:
            heading = QLabel(intro)
            heading.setObjectName("intro")
            heading.setWordWrap(True)
            heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
            layout.addWidget(heading)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form_layout)
        self.general_message = QLabel()
        self.general_message.setObjectName("general_message")
        self.general_message.setWordWrap(True)
        self.general_message.setStyleSheet("color: #b00020;")
        self.general_message.hide()
        layout.addWidget(self.general_message)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(_tr("保存"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("取消"))
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- building ------------------------------------------------------------------------------
    def add_row(self, name: str, label: str, editor: QWidget) -> QWidget:
        row = FieldRow(name, editor)
        self.rows[name] = row
        self.form_layout.addRow(_tr("{f}：").format(f=label), row)
        if isinstance(editor, QComboBox):
            editor.setMinimumWidth(220)
        return editor

    def editor(self, name: str) -> QWidget:
        return self.rows[name].editor

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.form_layout.setRowVisible(self.rows[name], visible)

    def text(self, name: str) -> str:
        return self.editor(name).text().strip()

    def date(self, name: str, problems: list[Problem], *, required: bool = True) -> dt.date | None:
        """The date typed in a row; an unreadable or missing one is added to `problems`."""
        try:
            value = parse_date(self.text(name))
        except ValueError as exc:
            problems.append(Problem(name, str(exc)))
            return None
        if value is None and required:
            problems.append(Problem(name, _tr("请填写日期")))
        return value

    # -- saving --------------------------------------------------------------------------------
    def submit(self, problems: list[Problem]):
        """Read the widgets and call the service; append widget-level problems first (then the
        service is not called). Returns what the service returns."""
        raise NotImplementedError

    def save(self) -> None:
        problems: list[Problem] = []
        try:
            result = self.submit(problems)
        except RegisterError as exc:
            problems = list(exc.problems)
        except (ConcurrentEditError, AuthError, ValueError) as exc:
            QMessageBox.warning(self, _tr("无法保存"), str(exc))
            return
        if problems:
            self.show_problems(problems)
            return
        self.result_value = result
        self.accept()

    def _row_name(self, field: str | None) -> str | None:
        """The visible row a problem names ('detail.child_name' names the row 'child_name')."""
        for name in (field, (field or "").rsplit(".", 1)[-1]):
            if name in self.rows and self.form_layout.isRowVisible(self.rows[name]):
                return name
        return None

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems = problems
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            name = self._row_name(problem.field)
            if name is not None:
                by_field.setdefault(name, []).append(html.escape(problem.message))
            else:
                general.append(problem.message)
        for name, row in self.rows.items():
            row.show_problem("<br>".join(by_field.get(name, [])) or None)
        self.general_message.setText("\n".join(general))
        self.general_message.setVisible(bool(general))
        for name, row in self.rows.items():
            if name in by_field:
                row.editor.setFocus()
                break
        self.adjustSize()
