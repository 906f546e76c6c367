"""Indexes that cost every insert and serve no query.

peewee gives each foreign key and each `index=True` field an index of its own. Two kinds of them
are dead weight here:
- an index whose columns begin another index of the same table (`person_id_number` when
  `person_id_site` is (id_number, site_code)): the longer one answers every lookup the shorter
  one would;
- an index on the `voided` flag alone: nearly every row is FALSE, so a lookup through it reads
  almost the whole table in random order (app/returns/base.py hints() keeps queries off it).
A 100,000-women village has a dozen such indexes on its largest tables; building and keeping
them was a sixth of the demo's load.
"""

from __future__ import annotations

import peewee as pw

LOW_SELECTIVITY = (["voided"],)


def _partial(index: pw.IndexMetadata) -> bool:
    return " WHERE " in (index.sql or "").upper()


def redundant_indexes(db: pw.Database, table: str) -> list[str]:
    """Names of the table's non-unique, non-partial indexes that another index makes useless."""
    indexes = [i for i in db.get_indexes(table) if i.columns]
    whole = [i for i in indexes if not _partial(i)]
    found = []
    for index in whole:
        if index.unique:
            continue
        if index.columns in LOW_SELECTIVITY:
            found.append(index.name)
            continue
        n = len(index.columns)
        for other in whole:
            if other.name == index.name or other.columns[:n] != index.columns:
                continue
            if len(other.columns) > n or other.unique:
                found.append(index.name)
                break
    return found


def prune_indexes(db: pw.Database) -> list[str]:
    """Drop every redundant index of the database's tables; returns their names."""
    dropped = []
    for table in db.get_tables():
        for name in redundant_indexes(db, table):
            db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
            dropped.append(name)
    return dropped
