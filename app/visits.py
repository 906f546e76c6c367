"""Recording a follow-up visit (随访): who went, what was found, what was handed over, what next.

A visit of an open item's type dated inside its window closes that item; supplies handed over
(pills, condoms, an injection) start the next resupply schedule through the rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.auth import Session
from app.codes import SUPPLY_KIND, VISIT_TYPE
from app.i18n import translate
from app.register import Problem, RegisterError
from app.service_common import check_code, check_date, finish, open_card, raise_if
from db import changes
from db.connection import database
from db.models_services import DueVisit, Visit


def _t(text: str) -> str:
    return translate("visits", text)


@dataclass
class VisitForm:
    card_uuid: str
    date: dt.date
    visit_type: str
    findings: str = ""
    supplies: str = ""
    supply_kind: str | None = None
    supply_quantity: int | None = None
    next_step: str = ""
    due_id: int | None = None


def _problems(form: VisitForm, card, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    check_code(problems, "visit_type", form.visit_type, VISIT_TYPE)
    check_date(problems, "date", form.date, today, card)
    if card.exit_reason:
        problems.append(Problem("card", _t("她的登记卡已注销，不能再登记随访")))
    if isinstance(form.date, dt.date) and card.registered_date and form.date < card.registered_date:
        problems.append(Problem("date", _t("{d}早于她的登记日期{r}").format(
            d=form.date.isoformat(), r=card.registered_date.isoformat())))
    if form.supply_kind is not None or form.supply_quantity is not None:
        check_code(problems, "supply_kind", form.supply_kind, SUPPLY_KIND)
        q = form.supply_quantity
        if q is None or isinstance(q, bool) or not isinstance(q, int) or q < 1:
            problems.append(Problem("supply_quantity", _t("发放数量应为正整数")))
    return problems


def _chosen_item(form: VisitForm, person_id: int) -> DueVisit | None:
    """The open item this visit closes: the one named, else the open one of its type whose
    window holds the visit's date (earliest due first)."""
    if form.due_id is not None:
        item = DueVisit.get_or_none(DueVisit.id == form.due_id)
        problem = None
        if item is None or item.person_id != person_id:
            problem = _t("找不到她的这条待随访记录")
        elif item.status != "open":
            problem = _t("这条待随访记录已经完成")
        elif item.visit_type != form.visit_type:
            problem = _t("随访类型与待随访记录的类型不同")
        elif not item.window_start <= form.date <= item.window_end:
            problem = _t("随访日期不在这条待随访记录的时间窗内（{a}至{b}）").format(
                a=item.window_start.isoformat(), b=item.window_end.isoformat())
        if problem:
            raise RegisterError([Problem("due_id", problem)])
        return item
    return (
        DueVisit.select()
        .where((DueVisit.person == person_id) & (DueVisit.status == "open")
               & (DueVisit.visit_type == form.visit_type)
               & (DueVisit.window_start <= form.date) & (DueVisit.window_end >= form.date))
        .order_by(DueVisit.due_date, DueVisit.id)
        .first()
    )


def record_visit(session: Session, form: VisitForm, today: dt.date | None = None) -> Visit:
    session.require("edit_register")
    today = today or dt.date.today()
    card = open_card(form.card_uuid, session)
    raise_if(_problems(form, card, today))
    person_id = card.person_id
    with database.atomic():
        item = _chosen_item(form, person_id)
        visit = changes.insert(
            Visit, session.actor, person=person_id, date=form.date, visitor=session.username,
            visit_type=form.visit_type, findings=form.findings.strip(), supplies=form.supplies.strip(),
            supply_kind=form.supply_kind, supply_quantity=form.supply_quantity,
            next_step=form.next_step.strip(),
        )
        if item is not None:
            # Done items are never recomputed, so the link made here is the one that stays.
            DueVisit.update(status="done", visit=visit.id).where(DueVisit.id == item.id).execute()
        finish(session, person_id, today)
    return visit
