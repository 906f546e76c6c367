"""What the register and the due list have in common: read-only rows about women, whose
name, group, household and phone cells read the same in both."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


def woman_cell(row: Any, key: str) -> str | None:
    """The text of a column both row kinds have; None for any other column."""
    if key == "name":
        return row.name
    if key == "group":
        return "" if row.group_number is None else str(row.group_number)
    if key == "household":
        return row.household_number or ""
    if key == "phone":
        return row.phone or ""
    return None


class ReadOnlyRowsModel(QAbstractTableModel):
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
