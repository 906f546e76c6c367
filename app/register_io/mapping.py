"""Which spreadsheet column is which register field, and which cell text is which code.

The shipped table (resources/register_columns.json) knows the headers villages write; a user
file of the same shape can replace a field's header list or add value spellings, so a new
spreadsheet dialect needs no code change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app import codes
from app.i18n import translate
from app.register import FORM_FIELDS

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "register_columns.json"

# Fields whose cells hold a code; the code lists also accept their own Chinese labels and the
# codes themselves, so an exported file (labels) and a hand-made one (codes) both import.
CODE_FIELDS: dict[str, dict[str, str]] = {
    name: codes.FIELD_CODES[name]
    for name in ("hukou_type", "relation", "residence", "marital_status", "current_status", "marriage_kind")
}

_SPACE = re.compile(r"[\s\u3000]+")
_BRACKETS = str.maketrans("()：:", "（）：：")


def _t(text: str) -> str:
    return translate("import", text)


class MappingError(ValueError):
    """A mapping file that cannot be used; the message says why."""


def normalise(text: object) -> str:
    """The form in which headers and values are compared: no spaces, one bracket style, lower case."""
    if text is None:
        return ""
    return _SPACE.sub("", str(text)).translate(_BRACKETS).lower()


@dataclass
class ColumnMapping:
    columns: dict[str, list[str]]
    values: dict[str, dict[str, str]]
    _by_header: dict[str, str] = field(default_factory=dict, repr=False)
    _by_value: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name, headers in self.columns.items():
            for header in headers:
                self._by_header.setdefault(normalise(header), name)
        for name, code_list in CODE_FIELDS.items():
            lookup: dict[str, str] = {}
            for code, text in code_list.items():
                lookup[normalise(code)] = code
                lookup[normalise(text)] = code
            for text, code in self.values.get(name, {}).items():
                lookup[normalise(text)] = code
            self._by_value[name] = lookup

    def field_for(self, header: object) -> str | None:
        return self._by_header.get(normalise(header))

    def header_for(self, name: str) -> str:
        """The header the export writes: the first synonym, so the file re-imports."""
        return self.columns[name][0]

    def code_for(self, name: str, text: str) -> str | None:
        """The stored code a cell means, or None when the spelling is unknown."""
        return self._by_value[name].get(normalise(text))


def _check_shape(data: object, where: str) -> dict:
    if not isinstance(data, dict):
        raise MappingError(_t("映射文件“{p}”的内容应是一个JSON对象").format(p=where))
    for key in ("columns", "values"):
        part = data.get(key, {})
        if not isinstance(part, dict):
            raise MappingError(_t("映射文件“{p}”中的“{k}”应是一个JSON对象").format(p=where, k=key))
    for name, headers in data.get("columns", {}).items():
        if name not in FORM_FIELDS:
            raise MappingError(_t("映射文件“{p}”中的字段“{f}”不存在").format(p=where, f=name))
        if not isinstance(headers, list) or not headers or not all(isinstance(h, str) for h in headers):
            raise MappingError(_t("映射文件“{p}”中字段“{f}”的表头应是非空的文字列表").format(p=where, f=name))
    for name, table in data.get("values", {}).items():
        if name not in CODE_FIELDS:
            raise MappingError(_t("映射文件“{p}”中的“{f}”没有可选值").format(p=where, f=name))
        if not isinstance(table, dict):
            raise MappingError(_t("映射文件“{p}”中“{f}”的取值表应是一个JSON对象").format(p=where, f=name))
        for text, code in table.items():
            if code not in CODE_FIELDS[name]:
                raise MappingError(
                    _t("映射文件“{p}”中“{f}”的“{v}”对应的代码“{c}”不存在").format(p=where, f=name, v=text, c=code)
                )
    return data


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise MappingError(_t("无法读取映射文件“{p}”：{e}").format(p=path, e=exc)) from exc
    except json.JSONDecodeError as exc:
        raise MappingError(
            _t("映射文件“{p}”不是有效的JSON（第{l}行第{c}列）").format(p=path, l=exc.lineno, c=exc.colno)
        ) from exc
    return _check_shape(data, str(path))


def load_mapping(override: str | Path | None = None) -> ColumnMapping:
    """The shipped mapping, with a user's mapping file laid over it."""
    base = _read(SHIPPED)
    columns = {k: list(v) for k, v in base["columns"].items()}
    values = {k: dict(v) for k, v in base.get("values", {}).items()}
    if override is not None:
        extra = _read(Path(override))
        for name, headers in extra.get("columns", {}).items():
            claimed = {normalise(h) for h in headers}
            # A header the user gives to one field stops meaning any other field.
            for other in columns:
                columns[other] = [h for h in columns[other] if normalise(h) not in claimed]
            columns[name] = list(headers) + columns.get(name, [])
        for name, table in extra.get("values", {}).items():
            values.setdefault(name, {}).update(table)
    return ColumnMapping(columns, values)
