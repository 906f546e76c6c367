"""Add or edit a woman: one dialog over app.register's WomanForm, validate_woman and
add_woman/update_woman, with the problems shown in Chinese under each field as you type.

Keyboard first: fields in reading order for Tab, Enter saves, Esc cancels. A message only
appears under a field the user has touched, until Save asks for all of them.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import codes, idnumber
from app.auth import AuthError, Session
from app.register import (
    Problem,
    RegisterError,
    WomanForm,
    add_woman,
    card_by_uuid,
    field_label,
    form_of,
    update_woman,
    validate_woman,
)
from app.sites import groups
from db.changes import ConcurrentEditError
from ui.form_fields import FieldRow, code_combo, line_edit, parse_date, set_combo_value

VALIDATE_DELAY_MS = 250
DATE_FIELDS = ("birth_date", "marriage_date", "registered_date")
# Which residence needs which extra fields (others are disabled and saved empty).
RESIDENCE_FIELDS = {
    "origin": {"in_migrant"},
    "destination": {"out_migrant"},
    "contact_person": {"out_migrant"},
    "contact_phone": {"out_migrant"},
}
# Read-only when editing, but still part of the form (validated and shown as they are).
KEPT_WHEN_READ_ONLY = ("registered_date", "current_status")
MARRIAGE_FIELDS = ("husband_name", "husband_id_number", "marriage_kind", "marriage_date")


class WomanDialog(QDialog):
    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        card_uuid: str | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.card_uuid = card_uuid
        self._today = today or dt.date.today()
        self._person_id: int | None = None
        self._touched: set[str] = set()
        self._show_all = False
        self._birth_from_id = False
        self.problems: list[Problem] = []
        self.rows: dict[str, FieldRow] = {}
        self.setWindowTitle(self.tr("编辑育龄妇女登记") if card_uuid else self.tr("新增育龄妇女登记"))

        self._build()
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.revalidate)
        # A child timer (not QTimer.singleShot) so that it dies with the dialog.
        self._grow_timer = QTimer(self)
        self._grow_timer.setSingleShot(True)
        self._grow_timer.setInterval(0)
        self._grow_timer.timeout.connect(self._grow_to_fit)
        for row in self.rows.values():
            row.edited.connect(self._on_edited)
            row.linkActivated.connect(self._open_existing)
        self.editor("residence").currentIndexChanged.connect(self._update_enabled)
        self.editor("marital_status").currentIndexChanged.connect(self._update_enabled)

        if card_uuid:
            card = card_by_uuid(card_uuid)
            self._person_id = card.person_id
            self.load(form_of(card))
            self.editor("registered_date").setEnabled(False)
            # Derived from her methods and events now; changed through the card's service buttons.
            status = self.editor("current_status")
            status.setEnabled(False)
            status.setToolTip(self.tr("由避孕方法和生活事件自动得出；请在登记卡上登记开始/停用方法或事件"))
        else:
            self.load(WomanForm(registered_date=self._today))
        self._update_enabled()
        self.editor("name").setFocus()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        group_combo = QComboBox()
        for g in groups(self.session.site_code):
            group_combo.addItem(g.name or self.tr("{n}组").format(n=g.number), g.number)
        date_hint = self.tr("如 1990-05-17")
        not_filled = self.tr("（未填）")
        editors: dict[str, QWidget] = {
            "name": line_edit(max_length=20),
            "id_number": line_edit(self.tr("18位身份证号"), 18),
            "birth_date": line_edit(self.tr("由身份证号自动填写"), 12),
            "phone": line_edit(max_length=20),
            "group_number": group_combo,
            "household_number": line_edit(max_length=32),
            "address": line_edit(),
            "hukou_type": code_combo(codes.HUKOU, codes.label),
            "relation": code_combo(codes.RELATION, codes.label),
            "registered_date": line_edit(date_hint, 12),
            "residence": code_combo(codes.RESIDENCE, codes.label),
            "origin": line_edit(self.tr("从何地流入")),
            "destination": line_edit(self.tr("流出到何地")),
            "contact_person": line_edit(max_length=50),
            "contact_phone": line_edit(max_length=20),
            "marital_status": code_combo(codes.MARITAL, codes.label),
            "current_status": code_combo(codes.STATUS, codes.label, empty=not_filled),
            "husband_name": line_edit(max_length=20),
            "husband_id_number": line_edit(self.tr("18位身份证号"), 18),
            "marriage_kind": code_combo(codes.MARRIAGE_KIND, codes.label),
            "marriage_date": line_edit(date_hint, 12),
        }
        sections = [
            (self.tr("基本信息"), ("name", "id_number", "birth_date", "phone"), 0, 0),
            (self.tr("户籍"), ("group_number", "household_number", "address", "hukou_type", "relation",
                             "registered_date"), 1, 0),
            (self.tr("居住"), ("residence", "origin", "destination", "contact_person", "contact_phone"), 0, 1),
            (self.tr("婚姻与节育"), ("marital_status", "current_status", *MARRIAGE_FIELDS), 1, 1),
        ]
        # Two independent columns: a message under a field on the left must not squeeze the right.
        columns = QHBoxLayout()
        columns.setSpacing(14)
        column_layouts = [QVBoxLayout(), QVBoxLayout()]
        for column_layout in column_layouts:
            columns.addLayout(column_layout, 1)
        order: list[QWidget] = []
        for title, names, _row, column in sections:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                field_row = FieldRow(name, editors[name])
                field_row.editor.setMinimumWidth(220)
                self.rows[name] = field_row
                form.addRow(self.tr("{f}：").format(f=field_label(name)), field_row)
                order.append(editors[name])
            column_layouts[column].addWidget(box)

        self.general_message = QLabel()
        self.general_message.setObjectName("general_message")
        self.general_message.setWordWrap(True)
        self.general_message.setStyleSheet("color: #b00020;")
        self.general_message.hide()

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for column_layout in column_layouts:
            column_layout.addStretch(1)
        layout.addLayout(columns)
        layout.addWidget(self.general_message)
        layout.addWidget(buttons)
        # Tab goes down the left column, then down the right one, then to 保存.
        order.append(self.save_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def editor(self, name: str) -> QWidget:
        return self.rows[name].editor

    # -- form <-> widgets --------------------------------------------------------------------
    def load(self, form: WomanForm) -> None:
        for name, row in self.rows.items():
            value = getattr(form, name)
            if isinstance(row.editor, QComboBox):
                set_combo_value(row.editor, value)
            elif name in DATE_FIELDS:
                row.editor.setText(value.isoformat() if value else "")
            else:
                row.editor.setText("" if value is None else str(value))

    def form(self) -> tuple[WomanForm, list[Problem]]:
        """The form as typed, plus problems the widgets themselves find (unreadable dates)."""
        values: dict[str, object] = {}
        problems: list[Problem] = []
        for name, row in self.rows.items():
            editor = row.editor
            if not editor.isEnabled() and name not in KEPT_WHEN_READ_ONLY:
                values[name] = None if name in DATE_FIELDS else ""
                continue
            if isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif name in DATE_FIELDS:
                try:
                    values[name] = parse_date(editor.text())
                except ValueError as exc:
                    values[name] = None
                    problems.append(Problem(name, str(exc)))
            else:
                values[name] = editor.text()
        if values["marriage_kind"] in ("", None):
            values["marriage_kind"] = "first"
        return WomanForm(**values), problems

    # -- behaviour ---------------------------------------------------------------------------
    def _on_edited(self, name: str) -> None:
        self._touched.add(name)
        if name == "id_number":
            self._fill_birth_date()
        elif name == "birth_date":
            self._birth_from_id = False
        self._validate_timer.start()

    def _fill_birth_date(self) -> None:
        """A complete, valid ID fills the birth date unless the user typed one themselves."""
        birth_edit: QLineEdit = self.editor("birth_date")
        if birth_edit.text().strip() and not self._birth_from_id:
            return
        try:
            parsed = idnumber.parse(self.editor("id_number").text(), today=self._today)
        except idnumber.IdNumberError:
            if self._birth_from_id:
                birth_edit.clear()
            return
        birth_edit.setText(parsed.birth_date.isoformat())
        self._birth_from_id = True

    def _update_enabled(self) -> None:
        residence = self.editor("residence").currentData()
        for name, wanted in RESIDENCE_FIELDS.items():
            self.editor(name).setEnabled(residence in wanted)
        married_ever = self.editor("marital_status").currentData() != "single"
        for name in MARRIAGE_FIELDS:
            self.editor(name).setEnabled(married_ever)
        self._validate_timer.start()

    def revalidate(self) -> list[Problem]:
        form, problems = self.form()
        broken_dates = {p.field for p in problems}
        _checked, found = validate_woman(
            form, self.session.site_code, today=self._today, exclude_person_id=self._person_id
        )
        # A date that could not be read is reported as such, not as "missing".
        problems += [p for p in found if p.field not in broken_dates]
        self.problems = problems
        self._show_problems()
        return problems

    def _show_problems(self) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in self.problems:
            text = html.escape(problem.message)
            if problem.existing_uuid:
                link = html.escape(self.tr("查看已登记的人"))
                text += f' <a href="{problem.existing_uuid}">{link}</a>'
            if problem.field in self.rows:
                if self._show_all or problem.field in self._touched:
                    by_field.setdefault(problem.field, []).append(text)
            elif self._show_all:
                general.append(html.escape(str(problem)))
        for name, row in self.rows.items():
            row.show_problem("<br>".join(by_field.get(name, [])) or None)
        self.general_message.setText("\n".join(general))
        self.general_message.setVisible(bool(general))
        # After the rows have re-laid out (posted layout requests), grow to fit.
        self._grow_timer.start()

    def _grow_to_fit(self) -> None:
        """Messages add lines; grow (never shrink) so no field is squeezed."""
        layout = self.layout()
        width = max(self.width(), self.sizeHint().width())
        height = max(self.height(), layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                     else self.sizeHint().height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def _open_existing(self, card_uuid: str) -> None:
        from ui.woman_card import WomanCardDialog

        WomanCardDialog(self.session, card_uuid, self, today=self._today).exec()

    def save(self) -> None:
        self._validate_timer.stop()
        self._show_all = True
        problems = self.revalidate()
        if problems:
            self._focus_first_problem()
            return
        form, _ = self.form()
        try:
            if self.card_uuid:
                update_woman(self.session, self.card_uuid, form, today=self._today)
            else:
                self.card_uuid = add_woman(self.session, form, today=self._today).uuid
        except RegisterError as exc:
            self.problems = exc.problems
            self._show_problems()
            self._focus_first_problem()
            return
        except (ConcurrentEditError, AuthError) as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return
        self.accept()

    def _focus_first_problem(self) -> None:
        for name, row in self.rows.items():
            if any(p.field == name for p in self.problems) and row.editor.isEnabled():
                row.editor.setFocus()
                return
