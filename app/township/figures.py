"""The township return (issue 6's app.returns.township.township_return) as lines to show.

The returns capability computes the sum of the villages' closed returns; this module only finds
that function when it is installed and flattens its result (sections of figures) into lines."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

from app.i18n import translate


def _t(text: str) -> str:
    return translate("township", text)


@dataclass(frozen=True)
class FigureLine:
    section: str
    code: str
    label: str
    value: Any
    unit: str = ""


@dataclass(frozen=True)
class TownshipFigures:
    period: str
    sources: tuple[str, ...]  # site codes summed
    lines: tuple[FigureLine, ...]

    def as_dict(self) -> dict:
        return {
            "period": self.period, "sources": list(self.sources),
            "figures": [{"section": x.section, "code": x.code, "label": x.label, "value": x.value, "unit": x.unit}
                        for x in self.lines],
        }


def available() -> bool:
    try:
        return importlib.util.find_spec("app.returns.township") is not None
    except ImportError:
        return False


def township_figures(period: str, site_codes: list[str] | None = None) -> TownshipFigures:
    if not available():
        raise ValueError(_t("此版本尚未包含乡镇汇总报表（月报功能）"))
    module = importlib.import_module("app.returns.township")
    result = module.township_return(period, site_codes)
    return flatten(period, result)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def flatten(period: str, result: Any) -> TownshipFigures:
    """Lines from a return object or its dict form (sections → figures)."""
    lines = []
    for section in _get(result, "sections", []) or []:
        title = str(_get(section, "title", "") or "")
        for fig in _get(section, "figures", []) or []:
            lines.append(FigureLine(title, str(_get(fig, "code", "")), str(_get(fig, "label", "")),
                                    _get(fig, "value"), str(_get(fig, "unit", "") or "")))
    sources = tuple(str(s) for s in (_get(result, "sources", []) or []))
    code = _get(result, "period")
    code = _get(code, "code", code) if code is not None else period
    return TownshipFigures(str(code or period), sources, tuple(lines))
