"""Files made from one computed return: CSV, xlsx, JSON, DHIS2 dataValueSets JSON, ADX XML, PDF.

    data = render(ret, "dhis2")   # bytes; app.returns.usb.write_verified puts them on a stick

DHIS2 and ADX codes come from resources/return_mapping.json (editable; docs/return-definitions.md).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from app.i18n import translate
from app.returns.checks import CheckResult, run_checks
from app.returns.model import Return

FORMATS = ("pdf", "xlsx", "csv", "json", "adx", "dhis2")
SUFFIX = {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".csv", "json": ".json", "adx": ".adx.xml", "dhis2": ".dhis2.json"}
MAPPING = Path(__file__).resolve().parent.parent.parent / "resources" / "return_mapping.json"
ADX_NS = "urn:ihe:qrph:adx:2015"


def _t(text: str) -> str:
    return translate("returns", text)


def file_name(ret: Return, fmt: str) -> str:
    site = ret.site_code or "ALL"
    return f"return_{site}_{ret.period.code}{SUFFIX[fmt]}"


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer() and not isinstance(value, bool):
        return f"{value:.1f}"
    return str(value)


def rows(ret: Return) -> list[list[Any]]:
    """[section, code, label, value, unit, note] per figure (CSV and xlsx)."""
    out = []
    for s in ret.sections:
        if not s.figures:
            out.append([s.title, "", s.note, "", "", ""])
        for f in s.figures:
            out.append([s.title, f.code, f.label, f.value, f.unit, f.note])
    for c in ret.corrections:
        out.append([_t("更正（已报送期）"), c.code, f"{c.period} {c.label}", c.now, "", _t("原报{v}").format(v=c.sent)])
    return out


HEADER = ["栏目", "代码", "项目", "数值", "单位", "说明"]


def to_csv(ret: Return) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([_t("站点"), ret.site_code or "", ret.site_name, _t("报表期"), ret.period.code, ret.period.label()])
    w.writerow([_t(h) for h in HEADER])
    for r in rows(ret):
        w.writerow(["" if v is None else v for v in r])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 CSV correctly


def to_xlsx(ret: Return, checks: list[CheckResult] | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    checks = run_checks(ret) if checks is None else checks
    wb = Workbook()
    ws = wb.active
    ws.title = _t("报表")
    ws.append([_t("{site}　{p}　计划生育报表").format(site=ret.site_name, p=ret.period.label())])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([_t("报表期"), ret.period.code, _t("站点代码"), ret.site_code or "", _t("填报人"), ret.prepared_by,
               _t("计算时间"), ret.computed_at])
    ws.append([_t(h) for h in HEADER])
    for r in rows(ret):
        ws.append(r)
    for col, width in zip("ABCDEF", (26, 34, 40, 12, 8, 40), strict=True):
        ws.column_dimensions[col].width = width
    cs = wb.create_sheet(_t("逻辑检查"))
    cs.append([_t("检查"), _t("结果"), _t("说明"), _t("相关记录UUID")])
    for c in checks:
        cs.append([c.title, _t("通过") if c.ok else (_t("错误") if c.severity == "error" else _t("提示")), c.message,
                   " ".join(c.uuids[:200])])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def load_mapping(path: Path | None = None) -> dict[str, Any]:
    return json.loads(Path(path or MAPPING).read_text(encoding="utf-8"))


def _match(pattern: str, code: str) -> list[str] | None:
    p, c = pattern.split("."), code.split(".")
    if len(p) != len(c):
        return None
    caught = []
    for a, b in zip(p, c, strict=True):
        if a == "*":
            caught.append(b)
        elif a != b:
            return None
    return caught


def mapped(ret: Return, mapping: dict[str, Any]) -> list[tuple[str, dict[str, str], Any]]:
    """(dataElement, disaggregation, value) for every figure the mapping names (exact keys win)."""
    table = mapping["dataElements"]
    out = []
    for f in ret.figures().values():
        if f.value is None:
            continue
        entry, caught = None, []
        if f.code in table:
            entry = table[f.code]
        else:
            for key, candidate in table.items():
                got = _match(key, f.code) if "*" in key else None
                if got is not None:
                    entry, caught = candidate, got
                    break
        if not entry:
            continue
        disagg = {k: v.format(None, *caught) for k, v in (entry.get("disaggregation") or {}).items()}
        out.append((entry["dataElement"], disagg, f.value))
    return out


def _org_unit(ret: Return, mapping: dict[str, Any]) -> str:
    return mapping.get("orgUnits", {}).get(ret.site_code or "", ret.site_code or "")


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def to_dhis2(ret: Return, mapping: dict[str, Any] | None = None) -> bytes:
    mapping = mapping or load_mapping()
    values = []
    for de, disagg, value in mapped(ret, mapping):
        item = {"dataElement": de, "period": ret.period.dhis2(), "orgUnit": _org_unit(ret, mapping), "value": _num(value)}
        if disagg:
            item["categoryOptionCombo"] = "_".join(disagg.values())
        values.append(item)
    doc = {"dataSet": mapping.get("dataSet", ""), "period": ret.period.dhis2(), "orgUnit": _org_unit(ret, mapping),
           "completeDate": (ret.closed_at or ret.computed_at)[:10], "dataValues": values}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def to_adx(ret: Return, mapping: dict[str, Any] | None = None) -> bytes:
    mapping = mapping or load_mapping()
    ET.register_namespace("", ADX_NS)
    root = ET.Element(f"{{{ADX_NS}}}adx", {"exported": ret.computed_at.replace(" ", "T")})
    group = ET.SubElement(root, f"{{{ADX_NS}}}group", {
        "orgUnit": _org_unit(ret, mapping), "period": ret.period.adx(), "dataSet": mapping.get("dataSet", ""),
        "completed": "true" if ret.closed_at else "false"})
    for de, disagg, value in mapped(ret, mapping):
        ET.SubElement(group, f"{{{ADX_NS}}}dataValue", {"dataElement": de, **disagg, "value": _num(value)})
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def render(ret: Return, fmt: str, *, checks: list[CheckResult] | None = None) -> bytes:
    if fmt == "csv":
        return to_csv(ret)
    if fmt == "xlsx":
        return to_xlsx(ret, checks)
    if fmt == "json":
        return ret.to_json(indent=1).encode("utf-8")
    if fmt == "dhis2":
        return to_dhis2(ret)
    if fmt == "adx":
        return to_adx(ret)
    if fmt == "pdf":
        from app.returns.pdf import to_pdf

        return to_pdf(ret, checks if checks is not None else run_checks(ret))
    raise ValueError(_t("不支持的格式“{f}”，可选：{a}").format(f=fmt, a=", ".join(FORMATS)))
