"""Screenshots of the review queue (called by ui/sync_screenshots.py): the demo village is given
two rows as a township packet would queue them (the township changed a woman's phone and another
woman's residence while the village changed them too), then the window, the confirmation and the
empty state are shot."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox


def _queue_demo_conflicts() -> None:
    from db.base import now
    from db.changes import row_data
    from db.models import Person, WomanCard
    from db.models_sync import Peer, ReviewItem

    if not Peer.select().where(Peer.site_code == "T01").exists():
        # Only the name matters here: the demo file is a throwaway copy.
        Peer.create(site_code="T01", site_name="红星镇", kind="township", sign_public="-", box_public="-")
    person, card_person = list(Person.select().where(Person.sex == "F").order_by(Person.id).limit(2))
    card = WomanCard.get(WomanCard.person == card_person)
    stamp = now().replace(microsecond=0)
    for row, edits in ((person, {"phone": "13912345678"}),
                       (card, {"residence": "out_migrant", "destination": "浙江省义乌市"})):
        data = row_data(row)
        data.update(edits, row_version=row.row_version + 1, updated_by="liu", updated_at=str(stamp))
        ReviewItem.create(table_name=row._meta.table_name, row_uuid=row.uuid, sender="T01",
                          packet_id="screenshot", incoming_version=row.row_version + 1,
                          local_version=row.row_version, incoming_data=json.dumps(data, ensure_ascii=False))


def review_shots(menu, save, app) -> None:
    from ui import ask

    _queue_demo_conflicts()
    menu.refresh_review_count()
    menu.menu.popup(menu.window.mapToGlobal(QPoint(40, 40)))
    save(menu.menu, "sync_menu_review")
    menu.menu.hide()
    win = menu.open_review()
    save(win, "sync_review")
    win.table.selectRow(1)
    save(win, "sync_review_card")
    win.table.selectRow(0)
    box = QMessageBox(QMessageBox.Icon.Question, win.title(True),
                      win.confirmation(win.selected(), accept=True),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, win)
    save(box, "sync_review_confirm")
    box.close()
    real = ask.confirm
    ask.confirm = lambda *_args: True  # the confirmation was shot above
    try:
        win.table.selectAll()
        win.settle(accept=False)
    finally:
        ask.confirm = real
    save(win, "sync_review_empty")
    win.close()
