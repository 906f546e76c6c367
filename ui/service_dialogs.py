"""Recording a procedure, a check and a life event from the woman's card (app.procedures,
app.events); the method dialogs are in ui/method_dialogs.py, the shared form in ui/service_form.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app import codes
from app.auth import Session
from app.register import Problem
from ui.form_fields import code_combo, line_edit
from ui.service_form import ServiceFormDialog, date_edit, implant_types


class _KindDialog(ServiceFormDialog):
    """Kind, date, place, provider, result: the shape procedures and checks share."""

    KINDS: dict[str, str] = {}

    def __init__(self, session: Session, card_uuid: str, title: str, intro: str, parent: QWidget | None,
                 today: dt.date | None, kind: str | None):
        super().__init__(session, title, parent, today=today, intro=intro)
        self.card_uuid = card_uuid
        combo = self.add_row("kind", self.tr("项目"), code_combo(self.KINDS, codes.label))
        if kind:
            combo.setCurrentIndex(max(combo.findData(kind), 0))
        self.add_row("date", self.tr("日期"), date_edit(self._today))
        self.add_extra_rows()
        self.add_row("place", self.tr("地点"), line_edit(self.tr("如：乡镇卫生院"), 100))
        self.add_row("provider", self.tr("服务人员"), line_edit(max_length=50))
        self.add_row("result", self.tr("结果"), line_edit(max_length=500))

    def add_extra_rows(self) -> None:
        pass

    def common(self, problems: list[Problem]) -> tuple[str, dt.date | None, dict]:
        date = self.date("date", problems)
        extra = dict(place=self.text("place"), provider=self.text("provider"), result=self.text("result"),
                     today=self._today)
        return self.editor("kind").currentData(), date, extra


class ProcedureDialog(_KindDialog):
    KINDS = codes.PROCEDURE_KIND

    def __init__(self, session: Session, card_uuid: str, name: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None, kind: str | None = None):
        super().__init__(session, card_uuid, self.tr("登记手术 - {n}").format(n=name),
                         self.tr("{n}：节育手术").format(n=name), parent, today, kind)
        self.editor("kind").currentIndexChanged.connect(self._update_implant)
        self._update_implant()

    def add_extra_rows(self) -> None:
        combo = QComboBox()
        for code, label in implant_types().items():
            combo.addItem(label, code)
        self.add_row("implant_type", self.tr("皮埋种类"), combo)

    def _update_implant(self) -> None:
        self.set_row_visible("implant_type", self.editor("kind").currentData() == "implant_insertion")

    def submit(self, problems: list[Problem]):
        from app.procedures import record_procedure

        kind, date, extra = self.common(problems)
        if problems:
            return None
        implant = self.editor("implant_type").currentData() if kind == "implant_insertion" else None
        return record_procedure(self.session, self.card_uuid, kind, date, implant_type=implant, **extra)


class CheckDialog(_KindDialog):
    KINDS = codes.CHECK_KIND

    def __init__(self, session: Session, card_uuid: str, name: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None, kind: str | None = None):
        super().__init__(session, card_uuid, self.tr("登记检查 - {n}").format(n=name),
                         self.tr("{n}：健康检查").format(n=name), parent, today, kind)

    def submit(self, problems: list[Problem]):
        from app.procedures import record_check

        kind, date, extra = self.common(problems)
        if problems:
            return None
        return record_check(self.session, self.card_uuid, kind, date, **extra)


# Which detail rows each event kind asks for.
EVENT_FIELDS = {
    "pregnancy_outcome": ("outcome", "child_name", "child_sex"),
    "moved_out": ("destination",),
    "transfer": ("destination",),
    "moved_in": ("origin",),
    "marriage": ("husband_name", "husband_id_number", "marriage_kind"),
    "status_declared": ("status",),
}
# Events that also close her card.
EXITING_EVENTS = {"death", "moved_out", "transfer"}


class EventDialog(ServiceFormDialog):
    def __init__(self, session: Session, card_uuid: str, name: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None, kind: str | None = None):
        super().__init__(session, self.tr("登记生活事件 - {n}").format(n=name), parent, today=today,
                         intro=self.tr("{n}：生活事件").format(n=name))
        self.card_uuid = card_uuid
        combo = self.add_row("kind", self.tr("事件"), code_combo(codes.EVENT_KIND, codes.label))
        if kind:
            combo.setCurrentIndex(max(combo.findData(kind), 0))
        self.add_row("date", self.tr("日期"), date_edit(self._today))
        self.add_row("outcome", self.tr("妊娠结局"), code_combo(codes.PREGNANCY_OUTCOME, codes.label))
        self.add_row("child_name", self.tr("孩子姓名"), line_edit(self.tr("可以以后再填"), 20))
        self.add_row("child_sex", self.tr("孩子性别"), code_combo(codes.SEX, codes.label))
        self.add_row("destination", self.tr("去向"), line_edit(self.tr("迁往何地"), 100))
        self.add_row("origin", self.tr("从何地迁入"), line_edit(max_length=100))
        self.add_row("husband_name", self.tr("丈夫姓名"), line_edit(max_length=20))
        self.add_row("husband_id_number", self.tr("丈夫身份证号"), line_edit(self.tr("18位身份证号"), 18))
        self.add_row("marriage_kind", self.tr("婚姻类型"), code_combo(codes.MARRIAGE_KIND, codes.label))
        self.add_row("status", self.tr("状况"), code_combo(codes.DECLARED_STATUS, codes.label))
        self.exit_note = QLabel(self.tr("保存后她的育龄妇女登记卡将注销（人员信息仍保留）。"))
        self.exit_note.setObjectName("exit_note")
        self.exit_note.setStyleSheet("color: #8a5a00;")
        self.form_layout.addRow(self.exit_note)
        combo.currentIndexChanged.connect(self._update_rows)
        self.editor("outcome").currentIndexChanged.connect(self._update_rows)
        self._update_rows()

    def _update_rows(self) -> None:
        kind = self.editor("kind").currentData()
        wanted = set(EVENT_FIELDS.get(kind, ()))
        if kind == "pregnancy_outcome" and self.editor("outcome").currentData() != "live_birth":
            wanted -= {"child_name", "child_sex"}
        for names in EVENT_FIELDS.values():
            for name in names:
                self.set_row_visible(name, name in wanted)
        self.form_layout.setRowVisible(self.exit_note, kind in EXITING_EVENTS)
        self.adjustSize()

    def detail(self) -> dict:
        kind = self.editor("kind").currentData()
        detail: dict = {}
        for name in EVENT_FIELDS.get(kind, ()):
            if not self.form_layout.isRowVisible(self.rows[name]):
                continue
            editor = self.editor(name)
            value = editor.currentData() if isinstance(editor, QComboBox) else editor.text().strip()
            detail["kind" if name == "marriage_kind" else name] = value
        return detail

    def submit(self, problems: list[Problem]):
        from app.events import record_event

        date = self.date("date", problems)
        if problems:
            return None
        return record_event(self.session, self.card_uuid, self.editor("kind").currentData(), date,
                            self.detail() or None, today=self._today)
