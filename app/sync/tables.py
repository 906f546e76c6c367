"""Which tables travel, in which order, and who owns their rows."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

import peewee as pw

from db.base import SyncedModel

# Every db/models*.py module is imported, so the tables of any capability travel without being
# listed here.


def _model_modules() -> list[str]:
    import db

    return sorted(f"db.{m.name}" for m in pkgutil.iter_modules(db.__path__) if m.name.startswith("models"))


# Versioned reference data the township decides (rules, catalogue): a village's own seeded copy
# never overrides the township's. A model may also say so itself with `sync_owner = "township"`.
TOWNSHIP_TABLES = frozenset({"rule_set", "follow_up_rule", "catalogue_version", "commodity", "incentive_scheme"})


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(_subclasses(sub))
    return out


@lru_cache(maxsize=1)
def synced_models() -> dict[str, type[SyncedModel]]:
    """Table name → model, for every SyncedModel subclass, in an order where referenced tables
    come first (peewee's dependency sort)."""
    for name in _model_modules():
        try:
            importlib.import_module(name)
        except ImportError:
            continue
    found = [m for m in _subclasses(SyncedModel) if not m._meta.options.get("abstract")]
    ordered = pw.sort_models(found)
    return {m._meta.table_name: m for m in ordered}


def township_owned(model: type[SyncedModel]) -> bool:
    return model._meta.table_name in TOWNSHIP_TABLES or getattr(model, "sync_owner", None) == "township"


def unique_keys(model: type[SyncedModel]) -> list[tuple[str, ...]]:
    """The model's unique keys other than its UUID, as tuples of field names."""
    keys: list[tuple[str, ...]] = []
    for name, field in model._meta.fields.items():
        if field.unique and name not in ("uuid", "id"):
            keys.append((name,))
    for fields, unique in model._meta.indexes:
        if unique:
            keys.append(tuple(f if isinstance(f, str) else f.name for f in fields))
    return keys
