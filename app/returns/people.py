"""The people behind a figure (drill-down): name, ID (masked), group, household, card, by UUID."""

from __future__ import annotations

from typing import NamedTuple

from app.due_plan import execute
from app.idnumber import mask


class PersonRow(NamedTuple):
    uuid: str
    name: str
    id_masked: str
    group_number: int | None
    household_number: str | None
    card_uuid: str | None


def people_rows(uuids: list[str], chunk: int = 500) -> list[PersonRow]:
    """Rows for the person UUIDs given, in the order given (unknown UUIDs are left out)."""
    found: dict[str, PersonRow] = {}
    unique = list(dict.fromkeys(uuids))
    for i in range(0, len(unique), chunk):
        part = unique[i:i + chunk]
        marks = ",".join("?" * len(part))
        for uuid, name, id_number, group, household, card in execute(
            "SELECT p.uuid, p.name, p.id_number, g.number, h.number, c.uuid FROM person p "
            "LEFT JOIN household h ON h.id = p.household_id LEFT JOIN village_group g ON g.id = h.group_id "
            f"LEFT JOIN woman_card c ON c.person_id = p.id WHERE p.uuid IN ({marks})", part,
        ):
            found[uuid] = PersonRow(uuid, name, mask(id_number), group, household, card)
    return [found[u] for u in unique if u in found]
