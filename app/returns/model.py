"""One computed return: sections of figures, each with the people it counts (drill-down).

A return is plain data: it becomes JSON (stored when the period closes, written to files for the
township) and comes back from it unchanged, so every output is made from one computed return.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from app.returns.periods import Period, parse

FORMAT_VERSION = 1


@dataclass
class Figure:
    code: str  # stable identifier: women_15_49, status.iud, cpr, …
    label: str
    value: float | int | None
    unit: str = "人"
    people: list[str] = field(default_factory=list)  # person UUIDs it counts (drill-down)
    # A rate: (numerator code, denominator code, scale); recomputed from sums when aggregated.
    ratio: tuple[str, str, int] | None = None
    note: str = ""


@dataclass
class Section:
    code: str
    title: str
    figures: list[Figure]
    note: str = ""


@dataclass
class Correction:
    """A figure of an earlier closed return that changed after it was sent."""

    period: str
    code: str
    label: str
    sent: float | int | None
    now: float | int | None
    added: list[str] = field(default_factory=list)  # people counted now but not then
    removed: list[str] = field(default_factory=list)


@dataclass
class Return:
    site_code: str | None  # None: every site in the database
    site_name: str
    period: Period
    computed_at: str
    sections: list[Section]
    corrections: list[Correction] = field(default_factory=list)
    prepared_by: str = ""
    # Set when this is the stored version of a closed period.
    closed_at: str | None = None
    explanation: str = ""
    sources: list[str] = field(default_factory=list)  # township: the site codes summed
    # Records the logic checks name that no figure lists: {check code: [UUIDs]}.
    evidence: dict[str, list[str]] = field(default_factory=dict)

    def figures(self) -> dict[str, Figure]:
        return {f.code: f for s in self.sections for f in s.figures}

    def values(self) -> dict[str, Any]:
        return {f.code: f.value for s in self.sections for f in s.figures}

    def value(self, code: str, default: Any = None) -> Any:
        f = self.figures().get(code)
        return default if f is None else f.value

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "fpreg-return", "version": FORMAT_VERSION,
            "site_code": self.site_code, "site_name": self.site_name,
            "period": self.period.code, "period_type": self.period.kind,
            "start": self.period.start.isoformat(), "end": self.period.end.isoformat(),
            "computed_at": self.computed_at, "prepared_by": self.prepared_by,
            "closed_at": self.closed_at, "explanation": self.explanation, "sources": self.sources,
            "evidence": self.evidence,
            "sections": [asdict(s) for s in self.sections],
            "corrections": [asdict(c) for c in self.corrections],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Return:
        if data.get("format") != "fpreg-return":
            raise ValueError("not an fpreg return")
        sections = [
            Section(s["code"], s["title"], [
                Figure(**{**f, "ratio": tuple(f["ratio"]) if f.get("ratio") else None}) for f in s["figures"]
            ], s.get("note", ""))
            for s in data["sections"]
        ]
        return cls(
            site_code=data.get("site_code"), site_name=data.get("site_name", ""), period=parse(data["period"]),
            computed_at=data.get("computed_at", ""), sections=sections,
            corrections=[Correction(**c) for c in data.get("corrections", [])],
            prepared_by=data.get("prepared_by", ""), closed_at=data.get("closed_at"),
            explanation=data.get("explanation", ""), sources=list(data.get("sources", [])),
            evidence={k: list(v) for k, v in data.get("evidence", {}).items()},
        )

    @classmethod
    def from_json(cls, text: str) -> Return:
        return cls.from_dict(json.loads(text))


def rate(num: float, den: float, scale: int = 100) -> float | None:
    """num/den × scale to one decimal; None when the denominator is 0 (shown as —)."""
    if not den:
        return None
    return round(num * scale / den, 1)


def now_text() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
