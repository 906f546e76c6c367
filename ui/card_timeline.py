"""The card's timeline in a QTreeWidget: services and register changes from app.timeline
(newest first); until that service is installed, the register's change history alone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ui import history_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("card_timeline", text)


def _when(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "")


def timeline_lines(card) -> list[tuple[str, str, str, str]]:
    """(when, by, what, detail) newest first."""
    try:
        from app.timeline import timeline
    except ImportError:
        timeline = None
    if timeline is not None:
        return [(_when(e.date), e.by or "", e.title, e.detail or "") for e in timeline(card.uuid)]
    return [(line.at, line.by, line.what, line.detail) for line in history_text.timeline(card)]


def fill_timeline(tree: QTreeWidget, card) -> None:
    tree.clear()
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setHeaderLabels([_tr("日期"), _tr("操作人"), _tr("事项"), _tr("内容")])
    for when, by, what, detail in timeline_lines(card):
        item = QTreeWidgetItem([when, by, what, detail])
        item.setToolTip(3, detail)
        for column in range(4):  # multi-line details: keep each row's cells aligned at the top
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        tree.addTopLevelItem(item)
    for column in range(3):
        tree.resizeColumnToContents(column)
