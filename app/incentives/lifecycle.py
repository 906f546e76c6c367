"""An incentive case from candidate to exit (SPEC §6): enrol (found by the rules, or on
application) → village review → public notice with its objections → township approval →
payments (app/incentives/payments.py) → yearly re-confirmation → change or exit.

Every action is one transaction through db.changes; a refused action writes nothing. The
township's approval is its own row with the township's site code (never an edit of the village's
enrolment), so an enrolment's status is derived from its stage and its latest approval.
"""

from __future__ import annotations

import datetime as dt

from app.auth import Session
from app.i18n import translate
from app.incentives.codes import ACTIVE_STAGES, METHOD, OUTCOME, STAGE
from app.incentives.schemes import SchemeBook, ensure_seeded
from db import changes
from db.changes import Actor
from db.connection import database
from db.models import Person
from db.models_incentives import (
    Approval,
    Enrolment,
    NoticeEntry,
    Objection,
    PersonFact,
    PublicNotice,
)


def _t(text: str) -> str:
    return translate("incentives", text)


class IncentiveError(ValueError):
    """A refused action; the message says what and why, in Chinese."""


def township_code() -> str:
    """The site that approves and pays: this site if it is a township, else the village's parent."""
    from app.sites import local_site

    site = local_site()
    if site.kind == "township":
        return site.code
    if site.parent_code:
        return site.parent_code
    raise IncentiveError(_t("本村尚未设置所属乡镇代码，不能登记乡镇的审批或发放"))


def register_scope(session: Session) -> str | None:
    """Whose register the rules read: the village's own, or every village's at the township."""
    from app.sites import local_site

    return None if local_site().kind == "township" else session.site_code


def township_actor(session: Session) -> Actor:
    return Actor(session.username, township_code())


def enrolment(uuid: str) -> Enrolment:
    row = Enrolment.get_or_none(Enrolment.uuid == uuid)
    if row is None or row.voided:
        raise IncentiveError(_t("没有奖扶对象记录 {u}").format(u=uuid))
    return row


def person_by_uuid(uuid: str) -> Person:
    p = Person.get_or_none(Person.uuid == uuid)
    if p is None or p.voided:
        raise IncentiveError(_t("登记中没有人员 {u}").format(u=uuid))
    return p


def latest_approval(enrolment_id: int) -> Approval | None:
    return (Approval.select().where((Approval.enrolment == enrolment_id) & (Approval.voided == False))  # noqa: E712
            .order_by(Approval.date.desc(), Approval.id.desc()).first())


def is_approved(e: Enrolment) -> bool:
    a = latest_approval(e.id)
    return a is not None and a.decision == "approved"


def current_notice(e: Enrolment) -> PublicNotice | None:
    entry = (NoticeEntry.select(NoticeEntry, PublicNotice).join(PublicNotice)
             .where((NoticeEntry.enrolment == e.id) & (NoticeEntry.voided == False))  # noqa: E712
             .order_by(PublicNotice.start_date.desc()).first())
    return entry.notice if entry else None


def status_of(e: Enrolment, day: dt.date) -> str:
    if e.stage in ("exited", "rejected"):
        return e.stage
    a = latest_approval(e.id)
    if a is not None:
        return "approved" if a.decision == "approved" else "refused"
    if e.stage == "on_notice":
        notice = current_notice(e)
        if notice is not None and notice.end_date < day:
            return "noticed"
    return e.stage


def _open(person_id: int, scheme_code: str) -> Enrolment | None:
    return Enrolment.get_or_none(
        (Enrolment.person == person_id) & (Enrolment.scheme_code == scheme_code)
        & (Enrolment.voided == False) & (Enrolment.stage != "exited"))  # noqa: E712


def enrol(session: Session, person_uuid: str, scheme_code: str, day: dt.date, *, source: str = "rules",
          method: str = "bank_card", bank_account: str = "") -> Enrolment:
    """Open a case: a candidate the rules found, or an application a family handed in."""
    session.require("review_incentives")
    ensure_seeded(session.site_code)
    book = SchemeBook()
    if book.latest(scheme_code) is None:
        raise IncentiveError(_t("没有奖扶方案“{c}”").format(c=scheme_code))
    if method not in METHOD:
        raise IncentiveError(_t("发放方式应为 bank_card（银行卡）或 cash（现金）"))
    person = person_by_uuid(person_uuid)
    if _open(person.id, scheme_code) is not None:
        raise IncentiveError(_t("{n}已有{s}的记录，不能重复登记").format(n=person.name, s=book.name(scheme_code)))
    return changes.insert(
        Enrolment, session.actor, person=person.id, household=person.household_id, scheme_code=scheme_code,
        source=source, stage="candidate" if source == "rules" else "applied", applied_date=day,
        method=method, bank_account=bank_account.strip())


def enrol_candidates(session: Session, day: dt.date, scheme_code: str | None = None) -> list[Enrolment]:
    """Every candidate the rules find (of one scheme, or all) opened as a case, in one transaction."""
    from app.incentives.engine import evaluate

    session.require("review_incentives")
    found = evaluate(day, site_code=register_scope(session)).candidates
    with database.atomic():
        return [enrol(session, f.person_uuid, f.scheme_code, day) for f in found
                if scheme_code is None or f.scheme_code == scheme_code]


def review(session: Session, uuid: str, passed: bool, day: dt.date, note: str = "") -> Enrolment:
    session.require("review_incentives")
    e = enrolment(uuid)
    if e.stage not in ("candidate", "applied"):
        raise IncentiveError(_t("该记录当前为“{s}”，不能再做村审核").format(s=_t(STAGE[e.stage])))
    if not passed and not note.strip():
        raise IncentiveError(_t("审核不通过须写明原因"))
    changes.update(e, session.actor, stage="reviewed" if passed else "rejected", reviewed_date=day,
                   reviewed_by=session.username, review_note=note.strip())
    return e


def post_notice(session: Session, uuids: list[str], start: dt.date, end: dt.date, place: str,
                *, title: str = "", contact: str = "") -> PublicNotice:
    """Hang the list: every case must have passed village review, and the notice must run at
    least as many days (first and last day included) as each case's scheme requires."""
    session.require("review_incentives")
    if not uuids:
        raise IncentiveError(_t("公示名单不能为空"))
    if not place.strip():
        raise IncentiveError(_t("须写明公示地点及受理异议的地方"))
    if end < start:
        raise IncentiveError(_t("公示结束日期{e}早于开始日期{s}").format(e=end, s=start))
    book = SchemeBook()
    days = (end - start).days + 1
    rows = [enrolment(u) for u in uuids]
    from app.incentives.engine import Register
    from app.incentives.periods import period_of

    register = Register.load_for([e.person_id for e in rows])
    amounts = []
    for e in rows:
        if e.stage != "reviewed":
            raise IncentiveError(_t("{n}：当前为“{s}”，须先通过村审核才能公示").format(
                n=e.person.name, s=_t(STAGE[e.stage])))
        scheme = book.in_force(e.scheme_code, start) or book.latest(e.scheme_code)
        if days < scheme.notice_days:
            raise IncentiveError(_t("公示期只有{d}天，{s}要求至少公示{n}天").format(
                d=days, s=scheme.name, n=scheme.notice_days))
        facts = register.facts(e.person_id, start) if e.person_id in register.persons else None
        amounts.append(scheme.period_amount(period_of(scheme.rhythm, start), facts))
    with database.atomic():
        notice = changes.insert(
            PublicNotice, session.actor, title=title.strip() or _t("奖励扶助对象公示"), start_date=start,
            end_date=end, place=place.strip(), contact=contact.strip())
        for e, fen in zip(rows, amounts, strict=True):
            changes.insert(NoticeEntry, session.actor, notice=notice.id, enrolment=e.id, amount_fen=fen)
            changes.update(e, session.actor, stage="on_notice")
    return notice


def record_objection(session: Session, uuid: str, day: dt.date, content: str) -> Objection:
    session.require("review_incentives")
    e = enrolment(uuid)
    notice = current_notice(e)
    if e.stage != "on_notice" or notice is None:
        raise IncentiveError(_t("{n}不在公示中，不能登记异议").format(n=e.person.name))
    if not content.strip():
        raise IncentiveError(_t("异议内容不能为空"))
    if not notice.start_date <= day <= notice.end_date:
        raise IncentiveError(_t("异议日期{d}不在公示期{a}至{b}内").format(d=day, a=notice.start_date, b=notice.end_date))
    return changes.insert(Objection, session.actor, enrolment=e.id, notice=notice.id, date=day,
                          content=content.strip())


def settle_objection(session: Session, uuid: str, outcome: str, day: dt.date, note: str) -> Objection:
    """An upheld objection sends the case back: the village review is undone (stage rejected)."""
    session.require("review_incentives")
    o = Objection.get_or_none(Objection.uuid == uuid)
    if o is None:
        raise IncentiveError(_t("没有异议记录 {u}").format(u=uuid))
    if outcome not in ("upheld", "dismissed"):
        raise IncentiveError(_t("处理结果应为 upheld（异议成立）或 dismissed（异议不成立）"))
    if o.outcome != "pending":
        raise IncentiveError(_t("该异议已处理：{o}").format(o=_t(OUTCOME[o.outcome])))
    if not note.strip():
        raise IncentiveError(_t("须写明核查情况"))
    with database.atomic():
        changes.update(o, session.actor, outcome=outcome, outcome_date=day, outcome_note=note.strip())
        if outcome == "upheld":
            changes.update(o.enrolment, session.actor, stage="rejected",
                           review_note=_t("公示异议成立：{n}").format(n=note.strip()))
    return o


def approve(session: Session, uuid: str, day: dt.date, *, decision: str = "approved", note: str = "") -> Approval:
    """The township's decision, only once the notice has run its full period without an open or
    upheld objection. The row belongs to the township."""
    session.require("approve_incentives")
    if decision not in ("approved", "rejected", "revoked"):
        raise IncentiveError(_t("审批结果应为 approved、rejected 或 revoked"))
    e = enrolment(uuid)
    name = e.person.name
    if decision == "revoked":
        if not is_approved(e):
            raise IncentiveError(_t("{n}尚未批准，无可撤销").format(n=name))
    else:
        notice = current_notice(e)
        if e.stage != "on_notice" or notice is None:
            raise IncentiveError(_t("{n}尚未公示，不能审批").format(n=name))
        if day <= notice.end_date:
            raise IncentiveError(_t("{n}的公示期到{d}才结束，期满后才能审批").format(n=name, d=notice.end_date))
        open_objections = Objection.select().where(
            (Objection.enrolment == e.id) & (Objection.outcome == "pending") & (Objection.voided == False)).count()  # noqa: E712
        if open_objections:
            raise IncentiveError(_t("{n}有{k}条异议尚未处理，不能审批").format(n=name, k=open_objections))
        if is_approved(e):
            raise IncentiveError(_t("{n}已经批准").format(n=name))
    if decision != "approved" and not note.strip():
        raise IncentiveError(_t("不批准或撤销须写明原因"))
    return changes.insert(Approval, township_actor(session), enrolment=e.id, decision=decision, date=day,
                          officer=session.username, note=note.strip())


def approve_all(session: Session, day: dt.date, scheme_code: str | None = None) -> list[Approval]:
    """Approve every case whose notice has ended without open objections (one transaction)."""
    session.require("approve_incentives")
    out = []
    with database.atomic():
        for e in Enrolment.select().where((Enrolment.stage == "on_notice") & (Enrolment.voided == False)):  # noqa: E712
            if scheme_code and e.scheme_code != scheme_code:
                continue
            if status_of(e, day) == "noticed" and not Objection.select().where(
                    (Objection.enrolment == e.id) & (Objection.outcome == "pending")).exists():
                out.append(approve(session, e.uuid, day))
    return out


def exit_case(session: Session, uuid: str, day: dt.date, reason: str) -> Enrolment:
    session.require("review_incentives")
    e = enrolment(uuid)
    if e.stage == "exited":
        raise IncentiveError(_t("{n}已于{d}退出").format(n=e.person.name, d=e.exit_date))
    if not reason.strip():
        raise IncentiveError(_t("退出须写明原因"))
    changes.update(e, session.actor, stage="exited", exit_date=day, exit_reason=reason.strip())
    return e


def change_case(session: Session, uuid: str, reason: str, *, method: str | None = None,
                bank_account: str | None = None) -> dict:
    """A change of how the money is paid (the amount follows the scheme version, never this)."""
    session.require("review_incentives")
    e = enrolment(uuid)
    if not reason.strip():
        raise IncentiveError(_t("变更须写明原因"))
    fields: dict = {}
    if method is not None:
        if method not in METHOD:
            raise IncentiveError(_t("发放方式应为 bank_card（银行卡）或 cash（现金）"))
        fields["method"] = method
    if bank_account is not None:
        fields["bank_account"] = bank_account.strip()
    return changes.update(e, session.actor, reason=reason.strip(), **fields)


def reconfirm(session: Session, uuid: str, year: int, day: dt.date) -> Enrolment:
    """Yearly re-confirmation: the approved person still meets every condition."""
    from app.incentives.engine import Register, evaluate

    session.require("review_incentives")
    e = enrolment(uuid)
    if not is_approved(e) or e.stage == "exited":
        raise IncentiveError(_t("{n}不是在册享受对象，无需年审").format(n=e.person.name))
    ev = evaluate(day, register=Register.load_for([e.person_id]))
    if e.person_id not in ev.eligible.get(e.scheme_code, set()):
        failed = [c.label for c in ev.explain(e.person_id, e.scheme_code) if not c.met]
        raise IncentiveError(_t("{n}已不符合条件（{c}），请办理退出").format(
            n=e.person.name, c=_t("、").join(failed)))
    changes.update(e, session.actor, confirmed_year=year)
    return e


def record_fact(session: Session, person_uuid: str, kind: str, day: dt.date, *, grade: int | None = None,
                certificate_no: str = "") -> PersonFact:
    """A disability certificate (grade 1–4) or an honour certificate, for the rules to read."""
    session.require("review_incentives")
    person = person_by_uuid(person_uuid)
    if kind not in ("disability", "honour_certificate"):
        raise IncentiveError(_t("证件类型应为 disability 或 honour_certificate"))
    if kind == "disability" and grade not in (1, 2, 3, 4):
        raise IncentiveError(_t("残疾等级应为1至4级"))
    return changes.insert(PersonFact, session.actor, person=person.id, kind=kind, grade=grade,
                          certificate_no=certificate_no.strip(), date=day)


def open_cases(day: dt.date, scheme_code: str | None = None) -> list[dict]:
    """Every case (not voided) with its derived status, for lists and the ledger."""
    book = SchemeBook()
    query = (Enrolment.select(Enrolment, Person).join(Person, on=(Enrolment.person == Person.id))
             .where(Enrolment.voided == False).order_by(Enrolment.scheme_code, Person.name))  # noqa: E712
    if scheme_code:
        query = query.where(Enrolment.scheme_code == scheme_code)
    out = []
    for e in query:
        out.append({
            "uuid": e.uuid, "person_uuid": e.person.uuid, "name": e.person.name, "scheme_code": e.scheme_code,
            "scheme": book.name(e.scheme_code), "stage": e.stage, "status": status_of(e, day),
            "source": e.source, "applied_date": e.applied_date, "method": e.method,
            "confirmed_year": e.confirmed_year, "exit_date": e.exit_date, "exit_reason": e.exit_reason,
            "active": e.stage in ACTIVE_STAGES,
        })
    return out


def site_name() -> str:
    from app.sites import local_site

    return local_site().name

