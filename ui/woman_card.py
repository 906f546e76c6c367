"""A woman's card: everything on file about her and a timeline of who changed what, when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.auth import Session
from app.register import RegisterError, age_on, card_by_uuid, field_label, form_of
from ui.history_text import timeline


class WomanCardDialog(QDialog):
    changed = Signal(str)  # card uuid, after an edit from here

    def __init__(self, session: Session, card_uuid: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self.card_uuid = card_uuid
        self._today = today or dt.date.today()
        self.setMinimumSize(860, 600)
        self._layout = QVBoxLayout(self)
        self._body: QWidget | None = None

        buttons = QDialogButtonBox()
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.setAutoDefault(False)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(self.edit)
        self._buttons = buttons
        self._layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        if self._body is not None:
            self._body.deleteLater()
        try:
            card = card_by_uuid(self.card_uuid)
        except RegisterError as exc:
            self._body = QLabel(str(exc))
            self._layout.insertWidget(0, self._body)
            self.edit_button.setEnabled(False)
            return
        self._body = self._build(card)
        self._layout.insertWidget(0, self._body, 1)
        self.edit_button.setEnabled(not card.voided and self.session.can("edit_register"))

    def _build(self, card) -> QWidget:
        form = form_of(card)
        person = card.person
        self.setWindowTitle(self.tr("育龄妇女登记卡 - {n}").format(n=person.name))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        heading = QLabel(f"<b style='font-size:15pt'>{person.name}</b>")
        layout.addWidget(heading)
        if card.voided:
            voided = QLabel(self.tr("此登记已作废：{r}").format(r=card.void_reason or ""))
            voided.setStyleSheet("color: #b00020; font-weight: bold;")
            layout.addWidget(voided)

        def text(name: str) -> str:
            value = getattr(form, name)
            return "" if value in (None, "") else str(value)

        age = age_on(form.birth_date, self._today) if form.birth_date else None
        birth = form.birth_date.isoformat() if form.birth_date else ""
        if age is not None:
            birth += self.tr("（{a}岁）").format(a=age)
        exit_text = ""
        if card.exit_reason:
            exit_text = codes.label(codes.EXIT_REASON, card.exit_reason)
            if card.exit_date:
                exit_text += f" {card.exit_date.isoformat()}"
        residence_rows = [("residence", codes.label(codes.RESIDENCE, form.residence))]
        for name in ("origin", "destination", "contact_person", "contact_phone"):
            if text(name):
                residence_rows.append((name, text(name)))
        sections = [
            (self.tr("个人"), [
                ("id_number", text("id_number")), ("birth_date", birth), ("phone", text("phone")),
                ("relation", codes.label(codes.RELATION, form.relation)),
            ]),
            (self.tr("户"), [
                ("group_number", self.tr("{n}组").format(n=form.group_number) if form.group_number else ""), ("household_number", text("household_number")),
                ("address", text("address")), ("hukou_type", codes.label(codes.HUKOU, form.hukou_type)),
            ]),
            (self.tr("登记卡"), [
                *residence_rows,
                ("current_status", codes.label(codes.STATUS, form.current_status) or self.tr("（未填）")),
                ("registered_date", form.registered_date.isoformat() if form.registered_date else ""),
                (self.tr("注销"), exit_text or self.tr("在册")),
            ]),
            (self.tr("婚姻"), [
                ("marital_status", codes.label(codes.MARITAL, form.marital_status)),
                ("husband_name", text("husband_name")), ("husband_id_number", text("husband_id_number")),
                ("marriage_kind", codes.label(codes.MARRIAGE_KIND, form.marriage_kind)
                 if form.husband_name or form.marriage_date else ""),
                ("marriage_date", form.marriage_date.isoformat() if form.marriage_date else ""),
            ]),
        ]
        grid = QGridLayout()
        for i, (title, rows) in enumerate(sections):
            box = QGroupBox(title)
            box_form = QFormLayout(box)
            for name, value in rows:
                label = field_label(name)
                value_label = QLabel(value or "—")
                value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                box_form.addRow(self.tr("{f}：").format(f=label), value_label)
            grid.addWidget(box, i // 2, i % 2)
        layout.addLayout(grid)

        history_title = QLabel(self.tr("修改记录"))
        history_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(history_title)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)
        self.history.setUniformRowHeights(False)
        self.history.setHeaderLabels([self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("内容")])
        for line in timeline(card):
            item = QTreeWidgetItem([line.at, line.by, line.what, line.detail])
            item.setToolTip(3, line.detail)
            for column in range(4):  # multi-line details: keep each row's cells aligned at the top
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.history.addTopLevelItem(item)
        for column in range(3):
            self.history.resizeColumnToContents(column)
        layout.addWidget(self.history, 1)
        return body

    def edit(self) -> None:
        from ui.woman_dialog import WomanDialog

        dialog = WomanDialog(self.session, self, card_uuid=self.card_uuid, today=self._today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit(self.card_uuid)
