"""Starting and stopping a contraceptive method, with the informed-choice counselling
recorded at the start: which methods were explained, and whether it is her own choice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from app import codes
from app.auth import Session
from app.register import Problem
from ui.form_fields import code_combo, line_edit
from ui.service_form import ServiceFormDialog, date_edit, implant_types


class MethodsExplained(QWidget):
    """One checkbox per method (codes.METHODS): which were explained to her."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(codes.METHODS):
            box = QCheckBox(codes.label(codes.METHODS, code))
            box.setObjectName(f"explained_{code}")
            self.boxes[code] = box
            grid.addWidget(box, i // 4, i % 4)

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, chosen: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class MethodStartDialog(ServiceFormDialog):
    def __init__(self, session: Session, card_uuid: str, name: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None, method: str | None = None):
        super().__init__(session, self.tr("开始使用避孕方法 - {n}").format(n=name), parent, today=today,
                         intro=self.tr("{n}：开始使用避孕方法（知情选择）").format(n=name))
        self.card_uuid = card_uuid
        self.add_row("method", self.tr("避孕方法"), code_combo(codes.METHODS, codes.label))
        self.add_row("detail", self.tr("具体种类"), QComboBox())
        self.add_row("start_date", self.tr("开始日期"), date_edit(self._today))
        self.add_row("methods_explained", self.tr("已讲解的方法"), MethodsExplained())
        self.add_row("counselled", self.tr("咨询"), QCheckBox(self.tr("已提供知情选择咨询（各种方法的效果、副作用、注意事项）")))
        own = QComboBox()
        own.addItem(self.tr("（请询问她本人）"), None)
        own.addItem(self.tr("是，她本人知情后自愿选择"), True)
        own.addItem(self.tr("否"), False)
        self.add_row("own_choice", self.tr("本人选择"), own)
        self.add_row("switch_reason", self.tr("更换原因"),
                     code_combo(codes.STOP_REASON, codes.label, empty=self.tr("（不是更换方法）")))
        self.add_row("provider", self.tr("服务人员"), line_edit(max_length=50))
        self.add_row("place", self.tr("服务地点"), line_edit(self.tr("如：乡镇卫生院"), 100))
        self.editor("method").currentIndexChanged.connect(self._update_detail)
        for box in self.editor("methods_explained").boxes.values():
            box.toggled.connect(self._explained_toggled)
        if method:
            combo = self.editor("method")
            combo.setCurrentIndex(max(combo.findData(method), 0))
        self._update_detail()

    def _explained_toggled(self, checked: bool) -> None:
        if checked:
            self.editor("counselled").setChecked(True)

    def _update_detail(self) -> None:
        method = self.editor("method").currentData()
        choices = {"injectable": codes.INJECTABLE_KIND, "implant": implant_types()}.get(method)
        combo: QComboBox = self.editor("detail")
        combo.clear()
        for code, label in (choices or {}).items():
            combo.addItem(codes.label(choices, code) if method == "injectable" else label, code)
        self.set_row_visible("detail", choices is not None)

    def submit(self, problems: list[Problem]):
        from app.methods import MethodForm, start_method

        start = self.date("start_date", problems)
        if problems:
            return None
        method = self.editor("method").currentData()
        detail = self.editor("detail").currentData() if method in ("injectable", "implant") else None
        form = MethodForm(
            method, detail, start_date=start, provider=self.text("provider"), place=self.text("place"),
            counselled=self.editor("counselled").isChecked(),
            methods_explained=self.editor("methods_explained").value(),
            own_choice=self.editor("own_choice").currentData(),
        )
        return start_method(self.session, self.card_uuid, form, today=self._today,
                            switch_reason=self.editor("switch_reason").currentData())


class MethodStopDialog(ServiceFormDialog):
    def __init__(self, session: Session, episode_uuid: str, name: str, method_label: str,
                 parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(session, self.tr("停用避孕方法 - {n}").format(n=name), parent, today=today,
                         intro=self.tr("{n}：停用{m}").format(n=name, m=method_label))
        self.episode_uuid = episode_uuid
        self.add_row("end_date", self.tr("停用日期"), date_edit(self._today))
        self.add_row("reason", self.tr("停用原因"), code_combo(codes.STOP_REASON, codes.label))

    def submit(self, problems: list[Problem]):
        from app.methods import stop_method

        end = self.date("end_date", problems)
        if problems:
            return None
        return stop_method(self.session, self.episode_uuid, end, self.editor("reason").currentData(),
                           today=self._today)
