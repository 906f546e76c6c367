"""Field widgets of the woman form: one editor per WomanForm field plus the message under it.

Kept apart from the dialog so that the dialog reads as layout + behaviour, and so the
conversions (text ↔ date, combo ↔ code) live in one place.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_DATE = re.compile(r"^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("form_fields", text)


def parse_date(text: str) -> dt.date | None:
    """'1990-05-17', '1990/5/17', '1990.5.17', '1990年5月17日' or '19900517'; '' is None."""
    if not text.strip():
        return None
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise ValueError(_tr("“{v}”不是有效的日期，请按 1990-05-17 的格式填写").format(v=text.strip()))


class FieldRow(QWidget):
    """An editor with a message line under it (red for a problem, links allowed)."""

    edited = Signal(str)  # field name
    linkActivated = Signal(str)

    def __init__(self, name: str, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.editor = editor
        editor.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        self.message = QLabel()
        self.message.setObjectName(f"{name}_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setStyleSheet("color: #b00020;")
        self.message.linkActivated.connect(self.linkActivated)
        self.message.hide()
        layout.addWidget(self.message)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t: self.edited.emit(name))
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda _i: self.edited.emit(name))

    def show_problem(self, html: str | None) -> None:
        if html:
            self.message.setText(html)
            self.message.show()
        else:
            self.message.clear()
            self.message.hide()
        # Settle this row's size now, so the dialog can grow to fit before the next paint.
        self.layout().activate()
        self.updateGeometry()


def path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    """A file or folder path editor with its browse button beside it, as one form field."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


def line_edit(placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def code_combo(choices: dict[str, str], label, *, empty: str | None = None) -> QComboBox:
    """A combo of codes shown by their (translated) labels; `empty` adds a None choice first."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for code in choices:
        combo.addItem(label(choices, code), code)
    return combo


def set_combo_value(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def day_edit(day: dt.date, *, latest: dt.date | None = None, earliest: dt.date | None = None) -> QDateEdit:
    """A yyyy-MM-dd date field with a calendar, limited to latest (today: nothing is recorded
    ahead of time) and earliest when given."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    if earliest is not None:
        edit.setMinimumDate(qdate(earliest))
    return edit


def error_label(object_name: str = "") -> QLabel:
    """The red, wrapping line under a dialog's fields where a refusal is explained."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label
