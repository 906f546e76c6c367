"""Implant types and their labelled life, from resources/implant_types.json (data, not code)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

from app.register import birthday_at

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "implant_types.json"


@cache
def _table() -> dict[str, dict]:
    return json.loads(RESOURCE.read_text(encoding="utf-8"))["types"]


def implant_types() -> dict[str, str]:
    """Code → Chinese label, like the code lists of app.codes."""
    return {code: entry["zh"] for code, entry in _table().items()}


def life_years(implant_type: str) -> int | None:
    entry = _table().get(implant_type)
    return int(entry["life_years"]) if entry else None


def labelled_end(implant_type: str | None, inserted: dt.date) -> dt.date | None:
    """The day the implant reaches its labelled life (its removal is due then)."""
    years = life_years(implant_type) if implant_type else None
    return birthday_at(inserted, years) if years else None
