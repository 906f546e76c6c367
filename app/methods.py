"""Method history: dated episodes of one contraceptive method each, with the counselling given.

A woman's episodes never overlap: starting a method ends the one running the day the new one
starts, and a start or stop that would make two episodes overlap is refused. The method she
uses is her choice; the episode records what was explained and whether she chose it herself.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from app.auth import Session
from app.codes import INJECTABLE_KIND, METHODS, STOP_REASON, label
from app.i18n import translate
from app.implants import implant_types
from app.register import Problem, RegisterError
from app.service_common import check_code, check_date, finish, open_card, raise_if
from db import changes
from db.connection import database
from db.models import Person, WomanCard
from db.models_services import MethodEpisode


def _t(text: str) -> str:
    return translate("methods", text)


@dataclass
class MethodForm:
    method: str
    detail: str | None = None
    start_date: dt.date | None = field(default=None, kw_only=True)
    provider: str = field(default="", kw_only=True)
    place: str = field(default="", kw_only=True)
    counselled: bool = field(default=False, kw_only=True)
    methods_explained: list[str] = field(default_factory=list, kw_only=True)
    own_choice: bool | None = field(default=None, kw_only=True)


def episodes(person_id: int) -> list[MethodEpisode]:
    """Her episodes, oldest first (voided ones left out)."""
    return list(
        MethodEpisode.select()
        .where((MethodEpisode.person == person_id) & (MethodEpisode.voided == False))  # noqa: E712
        .order_by(MethodEpisode.start_date, MethodEpisode.id)
    )


def running_on(person_id: int, day: dt.date) -> MethodEpisode | None:
    """The episode running on day (started on or before, not yet ended)."""
    found = [e for e in episodes(person_id) if e.start_date <= day and (e.end_date is None or e.end_date > day)]
    return found[-1] if found else None


def open_episode(person_id: int) -> MethodEpisode | None:
    """The episode not yet ended (a start ends it; only one is ever open)."""
    found = [e for e in episodes(person_id) if e.end_date is None]
    return found[-1] if found else None


def validate_form(form: MethodForm, card: WomanCard, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    check_code(problems, "method", form.method, METHODS)
    if form.method == "injectable":
        check_code(problems, "detail", form.detail, INJECTABLE_KIND, optional=True)
    elif form.method == "implant":
        check_code(problems, "detail", form.detail, implant_types(), optional=True)
    check_date(problems, "start_date", form.start_date, today, card)
    for code in form.methods_explained:
        check_code(problems, "methods_explained", code, METHODS)
    return problems


def overlap_problems(person_id: int, start: dt.date, end: dt.date | None, *,
                     ending: MethodEpisode | None = None) -> list[Problem]:
    """An episode start..end must not overlap another, except the running one it ends (ending)."""
    problems = []
    for other in episodes(person_id):
        if ending is not None and other.id == ending.id:
            continue
        other_end = other.end_date or dt.date.max
        if other.start_date < (end or dt.date.max) and start < other_end:
            problems.append(Problem(
                "start_date",
                _t("与{m}（{s}起）的使用时间重叠").format(m=label(METHODS, other.method),
                                                     s=other.start_date.isoformat()),
            ))
    return problems


def begin(session: Session, person: Person, form: MethodForm, *, switch_reason: str | None = None) -> MethodEpisode:
    """Write a validated start inside the caller's transaction: end the running episode, open the new one.

    Shared with app.procedures, whose insertions start episodes."""
    assert form.start_date is not None
    current = open_episode(person.id)
    if current is not None:
        changes.update(current, session.actor, end_date=form.start_date, stop_reason=switch_reason or "other")
    return changes.insert(
        MethodEpisode, session.actor, person=person, method=form.method, detail=form.detail or None,
        start_date=form.start_date, provider=form.provider.strip(), place=form.place.strip(),
        counselled=bool(form.counselled), methods_explained=json.dumps(list(form.methods_explained)),
        own_choice=form.own_choice,
    )


def start_problems(person_id: int, form: MethodForm, switch_reason: str | None) -> list[Problem]:
    """What stops a start that passed validate_form: a running episode begun later, overlaps."""
    assert form.start_date is not None
    problems: list[Problem] = []
    check_code(problems, "switch_reason", switch_reason, STOP_REASON, optional=True)
    current = open_episode(person_id)
    if current is not None and current.start_date >= form.start_date:
        problems.append(Problem("start_date", _t("正在使用的方法{s}才开始，新方法的开始日期须晚于此日").format(
            s=current.start_date.isoformat())))
        return problems
    return problems + overlap_problems(person_id, form.start_date, None, ending=current)


def start_method(session: Session, card_uuid: str, form: MethodForm, today: dt.date | None = None, *,
                 switch_reason: str | None = None) -> MethodEpisode:
    """She starts a method: ends the one running that day (stop reason switch_reason or 'other')."""
    session.require("edit_register")
    today = today or dt.date.today()
    card = open_card(card_uuid, session)
    problems = validate_form(form, card, today)
    raise_if(problems)
    with database.atomic():
        raise_if(start_problems(card.person_id, form, switch_reason))
        episode = begin(session, card.person, form, switch_reason=switch_reason)
        finish(session, card.person_id, today)
    return episode


def stop_method(session: Session, episode_uuid: str, end_date: dt.date, reason: str,
                today: dt.date | None = None) -> MethodEpisode:
    """She stops a method on end_date (the first day she no longer uses it)."""
    session.require("edit_register")
    today = today or dt.date.today()
    episode = MethodEpisode.get_or_none(MethodEpisode.uuid == episode_uuid)
    if episode is None or episode.voided:
        raise RegisterError([Problem("episode", _t("找不到这段避孕方法记录"))])
    holder = WomanCard.get_or_none(WomanCard.person == episode.person_id)
    if holder is None:
        raise RegisterError([Problem("episode", _t("找不到这段避孕方法记录"))])
    card = open_card(holder.uuid, session)
    problems: list[Problem] = []
    check_date(problems, "end_date", end_date, today, card)
    check_code(problems, "reason", reason, STOP_REASON)
    if episode.end_date is not None:
        problems.append(Problem("end_date", _t("这段方法已于{d}停用").format(d=episode.end_date.isoformat())))
    elif isinstance(end_date, dt.date) and end_date < episode.start_date:
        problems.append(Problem("end_date", _t("停用日期早于开始日期{s}").format(s=episode.start_date.isoformat())))
    raise_if(problems)
    with database.atomic():
        changes.update(episode, session.actor, end_date=end_date, stop_reason=reason)
        finish(session, episode.person_id, today)
    return episode
