"""Table models of the rules window: the versions of the follow-up schedule, and one
version's rules (read only: a new version comes in by import)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app import codes
from app.rules import Rule
from app.rules_view import RuleVersion
from ui.rows_model import Column, ColumnRowsModel

VERSION_COLUMNS = ("version", "effective_from", "rules", "in_force", "note", "created")
RULE_COLUMNS = ("trigger", "sequence", "visit_type", "anchor", "offset", "window", "repeat", "label", "code")
_CENTERED = {"version", "effective_from", "rules", "in_force", "sequence", "offset", "window", "repeat"}


class _Rows(ColumnRowsModel):
    """Columns named by COLUMNS; subclasses give each key's header and cell text."""

    COLUMNS: tuple[str, ...] = ()

    def columns(self) -> list[Column]:
        return [(self.header_text(key), lambda row, key=key: self.display(row, key),
                 Qt.AlignmentFlag.AlignCenter if key in _CENTERED else False) for key in self.COLUMNS]

    def header_text(self, key: str) -> str:
        raise NotImplementedError

    def display(self, row: Any, key: str) -> str:
        raise NotImplementedError


class VersionsModel(_Rows):
    COLUMNS = VERSION_COLUMNS

    def header_text(self, key: str) -> str:
        return {
            "version": self.tr("版本"),
            "effective_from": self.tr("生效日期"),
            "rules": self.tr("规则数"),
            "in_force": self.tr("现行"),
            "note": self.tr("说明"),
            "created": self.tr("导入人/时间"),
        }[key]

    def display(self, row: RuleVersion, key: str) -> str:
        if key == "version":
            return self.tr("第{n}版").format(n=row.version)
        if key == "effective_from":
            return row.effective_from.isoformat()
        if key == "rules":
            return str(row.rules)
        if key == "in_force":
            return self.tr("现行") if row.in_force else ""
        if key == "note":
            return row.note
        stamp = row.created_at.strftime("%Y-%m-%d %H:%M") if row.created_at else ""
        return f"{row.created_by} {stamp}".strip()

    def extra(self, row: RuleVersion, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.in_force:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_in_force(self) -> int:
        return next((i for i, v in enumerate(self._rows) if v.in_force), 0 if self._rows else -1)


class RulesModel(_Rows):
    COLUMNS = RULE_COLUMNS

    def header_text(self, key: str) -> str:
        return {
            "trigger": self.tr("触发事件"),
            "sequence": self.tr("第几次"),
            "visit_type": self.tr("随访类型"),
            "anchor": self.tr("起算点"),
            "offset": self.tr("间隔天数"),
            "window": self.tr("时间窗（前/后天数）"),
            "repeat": self.tr("重复间隔天数"),
            "label": self.tr("名称"),
            "code": self.tr("代码"),
        }[key]

    def display(self, row: Rule, key: str) -> str:
        if key == "trigger":
            return codes.label(codes.TRIGGER, row.trigger)
        if key == "sequence":
            return str(row.sequence)
        if key == "visit_type":
            return codes.label(codes.VISIT_TYPE, row.visit_type)
        if key == "anchor":
            return self.anchor_text(row)
        if key == "offset":
            return str(row.offset_days)
        if key == "window":
            return self.tr("前{b}天／后{a}天").format(b=row.window_before, a=row.window_after)
        if key == "repeat":
            return "" if row.repeat_every_days is None else str(row.repeat_every_days)
        if key == "label":
            return row.label
        return row.code

    def anchor_text(self, row: Rule) -> str:
        if row.anchor == "implant_expiry":
            return self.tr("皮埋到期日")
        if row.anchor == "supply_end":
            return self.tr("用完日（每单位{d}天）").format(d=row.days_per_unit or 0)
        return self.tr("事件当天")
