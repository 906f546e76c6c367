"""Quick visit entry: prefilled from a due item (woman, visit type, today, due_id), so a visit
is select row → Enter → type findings → Enter. Saves through app.visits.record_visit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QSpinBox, QWidget

from app import codes
from app.auth import Session
from app.register import Problem
from ui.form_fields import code_combo, line_edit, set_combo_value
from ui.service_form import ServiceFormDialog, date_edit


class VisitDialog(ServiceFormDialog):
    def __init__(self, session: Session, card_uuid: str, name: str, parent: QWidget | None = None, *,
                 visit_type: str | None = None, due_id: int | None = None, label: str = "",
                 today: dt.date | None = None):
        intro = self.tr("{n}：{t}").format(n=name, t=codes.label(codes.VISIT_TYPE, visit_type or "other"))
        if label:
            intro += self.tr("（{l}）").format(l=label)
        super().__init__(session, self.tr("记录随访 - {n}").format(n=name), parent, today=today, intro=intro)
        self.card_uuid = card_uuid
        self.due_id = due_id
        self.add_row("date", self.tr("随访日期"), date_edit(self._today))
        self.add_row("visit_type", self.tr("随访类型"), code_combo(codes.VISIT_TYPE, codes.label))
        set_combo_value(self.editor("visit_type"), visit_type or "other")
        self.add_row("findings", self.tr("随访情况"), line_edit(self.tr("如：无不适，环位正常"), 500))
        self.add_row("supply_kind", self.tr("发放药具"),
                     code_combo(codes.SUPPLY_KIND, codes.label, empty=self.tr("（未发放）")))
        quantity = QSpinBox()
        quantity.setRange(1, 999)
        self.add_row("supply_quantity", self.tr("数量"), quantity)
        self.add_row("supplies", self.tr("药具说明"), line_edit(self.tr("其他发放的物品（可不填）"), 200))
        self.add_row("next_step", self.tr("下一步"), line_edit(self.tr("如：下月复查"), 500))
        self.editor("supply_kind").currentIndexChanged.connect(self._update_quantity)
        self._update_quantity()
        self.editor("findings").setFocus()

    def _update_quantity(self) -> None:
        kind = self.editor("supply_kind").currentData()
        quantity: QSpinBox = self.editor("supply_quantity")
        quantity.setEnabled(kind is not None)
        # Sensible first numbers: 3 pill cycles, 10 condoms, 1 injection.
        quantity.setValue({"pill": 3, "condom": 10}.get(kind, 1))

    def submit(self, problems: list[Problem]):
        from app.visits import VisitForm, record_visit

        date = self.date("date", problems)
        if problems:
            return None
        kind = self.editor("supply_kind").currentData()
        form = VisitForm(
            card_uuid=self.card_uuid, date=date, visit_type=self.editor("visit_type").currentData(),
            findings=self.text("findings"), supplies=self.text("supplies"), supply_kind=kind,
            supply_quantity=self.editor("supply_quantity").value() if kind else None,
            next_step=self.text("next_step"), due_id=self.due_id,
        )
        return record_visit(self.session, form, today=self._today)
