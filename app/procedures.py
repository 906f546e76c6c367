"""Procedures (四术, implants) and health checks a woman received.

An insertion or a sterilisation starts the matching method episode and a removal ends it, in
the same transaction as the procedure, so her method history and her procedures agree.
"""

from __future__ import annotations

import datetime as dt

from app import methods
from app.auth import Session
from app.codes import CHECK_KIND, METHODS, PROCEDURE_KIND, label
from app.i18n import translate
from app.implants import implant_types
from app.register import Problem, RegisterError
from app.service_common import check_code, check_date, finish, open_card, raise_if
from db import changes
from db.connection import database
from db.models import Person
from db.models_services import HealthCheck, MethodEpisode, Procedure


def _t(text: str) -> str:
    return translate("procedures", text)


# Procedure kind → the method it starts; removals → the method they end.
STARTS = {
    "iud_insertion": "iud",
    "implant_insertion": "implant",
    "female_sterilisation": "female_sterilisation",
    "male_sterilisation": "male_sterilisation",
}
ENDS = {"iud_removal": "iud", "implant_removal": "implant"}


def record_procedure(
    session: Session, card_uuid: str, kind: str, date: dt.date, *, place: str = "", provider: str = "",
    result: str = "", implant_type: str | None = None, today: dt.date | None = None,
) -> Procedure:
    session.require("edit_register")
    today = today or dt.date.today()
    card = open_card(card_uuid, session)
    problems: list[Problem] = []
    check_code(problems, "kind", kind, PROCEDURE_KIND)
    check_date(problems, "date", date, today, card)
    if kind == "implant_insertion":
        check_code(problems, "implant_type", implant_type, implant_types())
    elif kind == "implant_removal":
        check_code(problems, "implant_type", implant_type, implant_types(), optional=True)
    raise_if(problems)
    person_id = card.person_id
    with database.atomic():
        episode = None
        if kind in STARTS:
            method = STARTS[kind]
            running = methods.running_on(person_id, date)
            if running is not None and running.method == method:
                raise RegisterError([Problem("kind", _t("{d}时她的{m}仍在使用，请先登记取出或停用").format(
                    d=date.isoformat(), m=label(METHODS, method)))])
            form = methods.MethodForm(method, implant_type if method == "implant" else None, start_date=date,
                                      provider=provider, place=place)
            raise_if(methods.start_problems(person_id, form, None))
            episode = methods.begin(session, card.person, form)
        elif kind in ENDS:
            episode = methods.open_episode(person_id)
            if episode is None or episode.method != ENDS[kind] or episode.start_date > date:
                raise RegisterError([Problem("kind", _t("{d}时她没有在使用{m}，没有可取出的").format(
                    d=date.isoformat(), m=label(METHODS, ENDS[kind])))])
            changes.update(episode, session.actor, end_date=date, stop_reason="other")
            implant_type = implant_type or (episode.detail if kind == "implant_removal" else None)
        procedure = changes.insert(
            Procedure, session.actor, person=person_id, kind=kind, date=date, place=place.strip(),
            provider=provider.strip(), result=result.strip(), implant_type=implant_type or None, episode=episode,
        )
        finish(session, person_id, today)
    return procedure


def record_check(
    session: Session, card_uuid: str, kind: str, date: dt.date, *, place: str = "", provider: str = "",
    result: str = "", partner_uuid: str | None = None, today: dt.date | None = None,
) -> HealthCheck:
    """A check she chose to have (the pre-pregnancy check may name her partner)."""
    session.require("edit_register")
    today = today or dt.date.today()
    card = open_card(card_uuid, session)
    problems: list[Problem] = []
    check_code(problems, "kind", kind, CHECK_KIND)
    check_date(problems, "date", date, today, card)
    partner = None
    if partner_uuid:
        partner = Person.get_or_none((Person.uuid == partner_uuid) & (Person.voided == False))  # noqa: E712
        if partner is None:
            problems.append(Problem("partner_uuid", _t("找不到这位配偶的登记")))
    raise_if(problems)
    with database.atomic():
        health_check = changes.insert(
            HealthCheck, session.actor, person=card.person_id, kind=kind, date=date, place=place.strip(),
            provider=provider.strip(), result=result.strip(), partner=partner,
        )
        finish(session, card.person_id, today)
    return health_check


def episode_of(procedure: Procedure) -> MethodEpisode | None:
    return MethodEpisode.get_or_none(MethodEpisode.id == procedure.episode_id) if procedure.episode_id else None
