"""The daily refresh lays out repeating visits for women whose records did not change."""

import datetime as dt

from app import register
from app.due import DueFilter, due_list
from app.due_refresh import refresh_if_stale
from app.procedures import record_procedure
from tests.conftest import TODAY, woman


def test_yearly_visit_appears_after_a_refresh_only_once_a_day(worker):
    card = register.add_woman(worker, woman(current_status="no_method",
                                            registered_date=dt.date(2024, 1, 5)), today=TODAY)
    record_procedure(worker, card.uuid, "iud_insertion", dt.date(2025, 1, 10), today=TODAY)
    later = dt.date(2028, 1, 8)  # the 3-year visit's window is open; nothing changed since

    def yearly_visit_listed() -> bool:
        rows = due_list(DueFilter(view="today"), later)
        return any(r.rule_code == "iud_insertion.12m" and r.due_date == dt.date(2028, 1, 10) for r in rows)

    assert not yearly_visit_listed()  # laid out only 60 days past the last change
    assert refresh_if_stale(later) is True
    assert yearly_visit_listed()
    assert refresh_if_stale(later) is False
