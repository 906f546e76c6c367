"""The import report: every row that cannot be imported or looks wrong, by spreadsheet row."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.i18n import translate
from app.register import field_label

ERROR = "error"
WARNING = "warning"


def _t(text: str) -> str:
    return translate("import", text)


@dataclass(frozen=True)
class RowIssue:
    row: int  # the spreadsheet's own row number, as the user sees it in Excel
    field: str  # a WomanForm field name, or "" for the whole row
    message: str
    level: str = ERROR
    value: str = ""  # the cell as written, when it helps

    @property
    def field_label(self) -> str:
        return field_label(self.field) if self.field else ""

    def __str__(self) -> str:
        kind = _t("不能导入") if self.level == ERROR else _t("请核对")
        where = _t("第{r}行").format(r=self.row)
        label = f"【{self.field_label}】" if self.field else ""
        return f"{where} {kind} {label}{self.message}"


@dataclass
class ImportReport:
    path: Path
    sheet: str = ""
    header_row: int = 0
    dry_run: bool = False
    read: int = 0  # data rows found (blank rows are not counted)
    accepted: int = 0  # rows that passed every check
    imported: int = 0  # rows written (0 on a dry run)
    issues: list[RowIssue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the file as a whole
    columns: list[tuple[str, str]] = field(default_factory=list)  # (header, field label)
    households_created: int = 0
    seconds: float = 0.0

    @property
    def refused(self) -> int:
        return len({i.row for i in self.issues if i.level == ERROR})

    @property
    def warned(self) -> int:
        """Rows that import (or would) but carry a warning."""
        refused = {i.row for i in self.issues if i.level == ERROR}
        return len({i.row for i in self.issues if i.level == WARNING and i.row not in refused})

    @property
    def errors(self) -> list[RowIssue]:
        return [i for i in self.issues if i.level == ERROR]

    @property
    def warnings(self) -> list[RowIssue]:
        return [i for i in self.issues if i.level == WARNING]

    def sort(self) -> None:
        self.issues.sort(key=lambda i: (i.row, i.level != ERROR))

    def summary(self) -> str:
        if self.dry_run:
            head = _t("试导入（未写入数据库）：读取{r}行，可导入{a}行，不能导入{x}行，需核对{w}行。")
            return head.format(r=self.read, a=self.accepted, x=self.refused, w=self.warned)
        head = _t("导入完成：读取{r}行，已导入{i}行，不能导入{x}行，需核对{w}行。")
        text = head.format(r=self.read, i=self.imported, x=self.refused, w=self.warned)
        if self.refused:
            text += _t("不能导入的行没有写入，请按下面的清单修改表格后，只导入这些行。")
        return text

    def as_text(self) -> str:
        lines = [
            _t("文件：{p}（工作表“{s}”，表头在第{h}行）").format(p=self.path.name, s=self.sheet, h=self.header_row),
            self.summary(),
        ]
        lines.extend(self.notes)
        lines.extend(str(issue) for issue in self.issues)
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {
            "ok": True,
            "file": str(self.path),
            "sheet": self.sheet,
            "header_row": self.header_row,
            "dry_run": self.dry_run,
            "read": self.read,
            "accepted": self.accepted,
            "imported": self.imported,
            "refused": self.refused,
            "warnings": self.warned,
            "households_created": self.households_created,
            "seconds": round(self.seconds, 2),
            "columns": [{"header": h, "field": f} for h, f in self.columns],
            "notes": self.notes,
            "issues": [
                {**asdict(i), "field_label": i.field_label} for i in self.issues
            ],
        }
