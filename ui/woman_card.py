"""A woman's card: everything on file about her, the services she received (methods,
procedures, checks, events, visits — buttons open ui/method_dialogs, ui/service_dialogs,
ui/visit_dialog) and one timeline of services and register changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.auth import Session
from app.register import RegisterError, age_on, card_by_uuid, field_label, form_of
from ui.card_timeline import fill_timeline


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
        self._card = None
        self._running = None

        self.service_buttons: dict[str, QPushButton] = {}
        services = QHBoxLayout()
        for key, text in (("visit", self.tr("记录随访…")), ("method_start", self.tr("开始避孕方法…")),
                          ("method_stop", self.tr("停用避孕方法…")), ("procedure", self.tr("登记手术…")),
                          ("check", self.tr("登记检查…")), ("event", self.tr("生活事件…"))):
            button = QPushButton(text)
            button.setObjectName(f"service_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.record(k))
            services.addWidget(button)
            self.service_buttons[key] = button
        services.addStretch(1)
        self._layout.addLayout(services)

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
            for button in self.service_buttons.values():
                button.setEnabled(False)
            return
        self._card = card
        self._body = self._build(card)
        self._layout.insertWidget(0, self._body, 1)
        editable = not card.voided and self.session.can("edit_register")
        self.edit_button.setEnabled(editable)
        for button in self.service_buttons.values():
            button.setEnabled(editable and not card.exit_reason)
        self._running = self._running_episode(card.person_id)
        self.service_buttons["method_stop"].setEnabled(
            editable and not card.exit_reason and self._running is not None)

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

        history_title = QLabel(self.tr("服务与修改记录"))
        history_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(history_title)
        self.history = QTreeWidget()
        self.history.setObjectName("timeline")
        fill_timeline(self.history, card)
        layout.addWidget(self.history, 1)
        return body

    def _running_episode(self, person_id: int):
        try:
            from app.methods import running_on
        except ImportError:  # the services are not installed yet
            return None
        return running_on(person_id, self._today)

    def service_dialog(self, key: str) -> QDialog:
        """The dialog behind a service button (tests open it without exec)."""
        name = self._card.person.name
        args = dict(today=self._today)
        if key == "visit":
            from ui.visit_dialog import VisitDialog

            return VisitDialog(self.session, self.card_uuid, name, self, **args)
        if key == "method_start":
            from ui.method_dialogs import MethodStartDialog

            return MethodStartDialog(self.session, self.card_uuid, name, self, **args)
        if key == "method_stop":
            from ui.method_dialogs import MethodStopDialog

            episode = self._running
            return MethodStopDialog(self.session, episode.uuid, name, codes.label(codes.METHODS, episode.method),
                                    self, **args)
        from ui.service_dialogs import CheckDialog, EventDialog, ProcedureDialog

        dialog_class = {"procedure": ProcedureDialog, "check": CheckDialog, "event": EventDialog}[key]
        return dialog_class(self.session, self.card_uuid, name, self, **args)

    def record(self, key: str) -> None:
        if self.service_dialog(key).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit(self.card_uuid)

    def edit(self) -> None:
        from ui.woman_dialog import WomanDialog

        dialog = WomanDialog(self.session, self, card_uuid=self.card_uuid, today=self._today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit(self.card_uuid)
