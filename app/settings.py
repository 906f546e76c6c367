"""Site settings stored in the database, with defaults shipped in resources/defaults.json."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from db.models import Setting

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@lru_cache(maxsize=1)
def defaults() -> dict[str, Any]:
    return json.loads((RESOURCES / "defaults.json").read_text(encoding="utf-8"))


def get(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return defaults().get(key)
    return json.loads(row.value)


def put(key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    # An upsert that SQLite and PostgreSQL both understand (replace() is SQLite/MySQL only).
    Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: text}
    ).execute()
