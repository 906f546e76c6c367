"""Method history and procedures: episodes, switches, stops, insertions and removals."""

from __future__ import annotations

import datetime as dt

import pytest

from app import register
from app.methods import MethodForm, episodes, start_method, stop_method
from app.procedures import record_check, record_procedure
from app.register import RegisterError
from app.status import status_on
from db.models import ChangeLog, WomanCard
from tests.conftest import TODAY, woman


def _card(worker, **overrides) -> WomanCard:
    return register.add_woman(worker, woman(current_status=None, **overrides), today=TODAY)


def _log_count() -> int:
    return ChangeLog.select().count()


def _refused(call, field: str) -> RegisterError:
    before = _log_count()
    with pytest.raises(RegisterError) as info:
        call()
    assert field in [p.field for p in info.value.problems], info.value.problems
    assert _log_count() == before  # nothing half-saved
    return info.value


def test_registration_status_becomes_open_episode(worker):
    card = register.add_woman(worker, woman(registered_date=dt.date(2026, 1, 5)), today=TODAY)
    (episode,) = episodes(card.person_id)
    assert (episode.method, episode.start_date, episode.end_date) == ("iud", dt.date(2026, 1, 5), None)
    assert WomanCard.get_by_id(card.id).current_status == "iud"
    assert status_on(card.person_id, dt.date(2026, 1, 4)) == "no_method"


def test_switch_ends_running_episode_and_stop(worker):
    card = _card(worker)
    first = start_method(worker, card.uuid, MethodForm("pill", start_date=dt.date(2026, 1, 1),
                                                        counselled=True, methods_explained=["pill", "iud"],
                                                        own_choice=True), today=TODAY)
    second = start_method(worker, card.uuid, MethodForm("injectable", "dmpa", start_date=dt.date(2026, 5, 1)),
                          today=TODAY, switch_reason="side_effects")
    old, new = episodes(card.person_id)
    assert old.id == first.id and (old.end_date, old.stop_reason) == (dt.date(2026, 5, 1), "side_effects")
    assert new.id == second.id and new.detail == "dmpa"
    assert WomanCard.get_by_id(card.id).current_status == "injectable"
    stop_method(worker, second.uuid, dt.date(2026, 9, 1), "wants_child", today=TODAY)
    assert WomanCard.get_by_id(card.id).current_status == "no_method"
    assert status_on(card.person_id, dt.date(2026, 3, 1)) == "pill"
    assert status_on(card.person_id, dt.date(2026, 8, 31)) == "injectable"


def test_method_refusals_name_the_field(worker):
    card = _card(worker)
    _refused(lambda: start_method(worker, card.uuid, MethodForm("magic", start_date=TODAY), today=TODAY), "method")
    _refused(lambda: start_method(worker, card.uuid, MethodForm("pill", start_date=TODAY + dt.timedelta(days=1)),
                                  today=TODAY), "start_date")
    _refused(lambda: start_method(worker, card.uuid, MethodForm("injectable", "weekly", start_date=TODAY),
                                  today=TODAY), "detail")
    _refused(lambda: start_method(worker, card.uuid, MethodForm("pill", start_date=dt.date(1980, 1, 1)),
                                  today=TODAY), "start_date")
    episode = start_method(worker, card.uuid, MethodForm("pill", start_date=dt.date(2026, 3, 1)), today=TODAY)
    # A start before the running episode began would overlap it.
    _refused(lambda: start_method(worker, card.uuid, MethodForm("condom", start_date=dt.date(2026, 2, 1)),
                                  today=TODAY), "start_date")
    _refused(lambda: stop_method(worker, episode.uuid, dt.date(2026, 2, 1), "other", today=TODAY), "end_date")
    _refused(lambda: stop_method(worker, episode.uuid, dt.date(2026, 4, 1), "bored", today=TODAY), "reason")
    stop_method(worker, episode.uuid, dt.date(2026, 4, 1), "other", today=TODAY)
    _refused(lambda: stop_method(worker, episode.uuid, dt.date(2026, 5, 1), "other", today=TODAY), "end_date")
    # Back-dating into the closed episode overlaps it.
    _refused(lambda: start_method(worker, card.uuid, MethodForm("condom", start_date=dt.date(2026, 3, 15)),
                                  today=TODAY), "start_date")


def test_voided_and_exited_cards_take_nothing_after(worker):
    card = _card(worker)
    register.exit_woman(worker, card.uuid, "moved_out", dt.date(2026, 6, 1))
    _refused(lambda: start_method(worker, card.uuid, MethodForm("pill", start_date=dt.date(2026, 7, 1)),
                                  today=TODAY), "start_date")
    # Before her exit, history may still be entered.
    start_method(worker, card.uuid, MethodForm("pill", start_date=dt.date(2026, 5, 1)), today=TODAY)
    other = _card(worker, id_number="", name="王丽", birth_date=dt.date(1992, 1, 1), household_number="0002")
    register.void_woman(worker, other.uuid, "录错")
    _refused(lambda: start_method(worker, other.uuid, MethodForm("pill", start_date=TODAY), today=TODAY), "card")


def test_iud_insertion_and_removal_drive_episodes(worker):
    card = _card(worker)
    start_method(worker, card.uuid, MethodForm("condom", start_date=dt.date(2025, 1, 1)), today=TODAY)
    inserted = record_procedure(worker, card.uuid, "iud_insertion", dt.date(2025, 6, 1), place="乡卫生院", today=TODAY)
    assert inserted.episode.method == "iud"
    condom, iud = episodes(card.person_id)
    assert condom.end_date == dt.date(2025, 6, 1)
    assert WomanCard.get_by_id(card.id).current_status == "iud"
    _refused(lambda: record_procedure(worker, card.uuid, "iud_insertion", dt.date(2025, 9, 1), today=TODAY), "kind")
    removed = record_procedure(worker, card.uuid, "iud_removal", dt.date(2026, 2, 1), today=TODAY)
    assert removed.episode_id == iud.id
    assert episodes(card.person_id)[-1].end_date == dt.date(2026, 2, 1)
    assert WomanCard.get_by_id(card.id).current_status == "no_method"
    _refused(lambda: record_procedure(worker, card.uuid, "iud_removal", dt.date(2026, 3, 1), today=TODAY), "kind")


def test_implant_needs_type_and_removal_needs_implant(worker):
    card = _card(worker)
    _refused(lambda: record_procedure(worker, card.uuid, "implant_insertion", dt.date(2025, 1, 1), today=TODAY),
             "implant_type")
    _refused(lambda: record_procedure(worker, card.uuid, "implant_insertion", dt.date(2025, 1, 1),
                                      implant_type="nonesuch", today=TODAY), "implant_type")
    _refused(lambda: record_procedure(worker, card.uuid, "implant_removal", dt.date(2025, 1, 1), today=TODAY), "kind")
    _refused(lambda: record_procedure(worker, card.uuid, "appendectomy", dt.date(2025, 1, 1), today=TODAY), "kind")
    implant = record_procedure(worker, card.uuid, "implant_insertion", dt.date(2025, 1, 1), implant_type="jadelle",
                               today=TODAY)
    assert (implant.episode.method, implant.episode.detail) == ("implant", "jadelle")
    removal = record_procedure(worker, card.uuid, "implant_removal", dt.date(2026, 1, 1), today=TODAY)
    assert removal.implant_type == "jadelle"


def test_sterilisation_and_checks(worker):
    card = _card(worker)
    record_procedure(worker, card.uuid, "male_sterilisation", dt.date(2024, 1, 1), today=TODAY)
    assert WomanCard.get_by_id(card.id).current_status == "male_sterilisation"
    check = record_check(worker, card.uuid, "rh_check", dt.date(2026, 3, 1), result="正常", today=TODAY)
    assert check.kind == "rh_check"
    _refused(lambda: record_check(worker, card.uuid, "xray", TODAY, today=TODAY), "kind")
    _refused(lambda: record_check(worker, card.uuid, "pre_pregnancy", TODAY, partner_uuid="nobody",
                                  today=TODAY), "partner_uuid")
    _refused(lambda: record_check(worker, card.uuid, "rh_check", TODAY + dt.timedelta(days=3), today=TODAY), "date")
