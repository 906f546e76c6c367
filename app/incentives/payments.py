"""Paying approved people: one payment per person, scheme and period (a UNIQUE index, see
db/models_incentives.Payment), the amount exactly the scheme version's in force on the period's
first day, corrections by reversal entries. A batch is all-or-nothing.

Payments and batches are the township's rows (it pays), carrying the township's site code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.auth import Session
from app.i18n import translate
from app.incentives.codes import METHOD
from app.incentives.engine import Register
from app.incentives.lifecycle import IncentiveError, enrolment, is_approved, latest_approval, township_actor
from app.incentives.periods import bounds, rhythm_of
from app.incentives.schemes import SchemeBook, yuan
from db import changes
from db.connection import database
from db.models import Person
from db.models_incentives import Enrolment, Payment, PaymentBatch


def _t(text: str) -> str:
    return translate("incentives", text)


def expected_amount(e: Enrolment, period: str, book: SchemeBook, register: Register) -> tuple[int, int]:
    """(fen, scheme version) that one payment for this case and period must be."""
    scheme = book.for_period(e.scheme_code, period)
    if scheme is None:
        raise IncentiveError(_t("{p}时{s}尚未施行").format(p=period, s=book.name(e.scheme_code)))
    if rhythm_of(period) != scheme.rhythm:
        raise IncentiveError(_t("{s}按“{r}”发放，发放期“{p}”不对").format(
            s=scheme.name, r=scheme.rhythm, p=period))
    start = bounds(period)[0]
    facts = register.facts(e.person_id, start) if e.person_id in register.persons else None
    return scheme.period_amount(period, facts), scheme.version


def _paid(e: Enrolment, period: str) -> tuple[int, int]:
    """(payments, reversals) already recorded for this person, scheme and period."""
    rows = Payment.select(Payment.kind, pw.fn.COUNT(Payment.id)).where(
        (Payment.person == e.person_id) & (Payment.scheme_code == e.scheme_code) & (Payment.period == period)
    ).group_by(Payment.kind).tuples()
    counts = dict(rows)
    return counts.get("payment", 0), counts.get("reversal", 0)


def _check(e: Enrolment, period: str, amount_fen: int | None, paid_date: dt.date, book: SchemeBook,
           register: Register) -> tuple[int, int, int]:
    name = e.person.name
    start, _ = bounds(period)
    approval = latest_approval(e.id)
    if approval is None or approval.decision != "approved":
        raise IncentiveError(_t("{n}未经乡镇批准享受{s}，不能发放").format(n=name, s=book.name(e.scheme_code)))
    if paid_date < approval.date:
        raise IncentiveError(_t("{n}到{d}才批准，发放日期{p}不能早于批准日期").format(
            n=name, d=approval.date, p=paid_date))
    if e.stage == "exited" and e.exit_date is not None and e.exit_date < start:
        raise IncentiveError(_t("{n}已于{d}退出（{r}），不能发放{p}的款项").format(
            n=name, d=e.exit_date, r=e.exit_reason or "", p=period))
    expected, version = expected_amount(e, period, book, register)
    if amount_fen is not None and amount_fen != expected:
        raise IncentiveError(_t("{n}：金额{a}元与{p}施行的第{v}版标准{e}元不符").format(
            n=name, a=yuan(amount_fen), p=period, v=version, e=yuan(expected)))
    paid, reversed_ = _paid(e, period)
    if paid > reversed_:
        raise IncentiveError(_t("{n}的{s}{p}已经发放过，不能重复发放（如有错误请先冲正）").format(
            n=name, s=book.name(e.scheme_code), p=period))
    return expected, version, reversed_


def pay(session: Session, uuid: str, period: str, paid_date: dt.date, *, method: str | None = None,
        reference: str = "", amount_fen: int | None = None, batch: PaymentBatch | None = None,
        book: SchemeBook | None = None, register: Register | None = None) -> Payment:
    session.require("pay_incentives")
    bounds(period)
    e = enrolment(uuid)
    method = method or e.method
    if method not in METHOD:
        raise IncentiveError(_t("发放方式应为 bank_card（银行卡）或 cash（现金）"))
    book = book or SchemeBook()
    register = register or Register.load_for([e.person_id])
    amount, version, correction = _check(e, period, amount_fen, paid_date, book, register)
    try:
        with database.atomic():
            return changes.insert(
                Payment, township_actor(session), batch=batch.id if batch else None, enrolment=e.id,
                person=e.person_id, scheme_code=e.scheme_code, scheme_version=version, period=period,
                kind="payment", correction=correction, amount_fen=amount, method=method,
                reference=reference.strip(), paid_date=paid_date)
    except pw.IntegrityError as exc:
        # Two PCs paying at once: the index is the last word.
        raise IncentiveError(_t("{n}的{p}已经发放过，不能重复发放").format(n=e.person.name, p=period)) from exc


def payable(scheme_code: str, period: str) -> list[Enrolment]:
    """Approved cases of a scheme not yet paid for the period and not exited before it."""
    start, _ = bounds(period)
    out = []
    query = (Enrolment.select(Enrolment, Person).join(Person, on=(Enrolment.person == Person.id))
             .where((Enrolment.scheme_code == scheme_code) & (Enrolment.voided == False))  # noqa: E712
             .order_by(Person.name))
    for e in query:
        if e.stage == "exited" and e.exit_date is not None and e.exit_date < start:
            continue
        if not is_approved(e):
            continue
        paid, reversed_ = _paid(e, period)
        if paid <= reversed_:
            out.append(e)
    return out


def pay_batch(session: Session, scheme_code: str, period: str, paid_date: dt.date, *, method: str,
              reference: str = "", uuids: list[str] | None = None, note: str = "") -> PaymentBatch:
    """Pay a list of cases (default: everyone payable) for one period; nothing is written if any
    one of them is refused."""
    session.require("pay_incentives")
    bounds(period)
    if method not in METHOD:
        raise IncentiveError(_t("发放方式应为 bank_card（银行卡）或 cash（现金）"))
    targets = [enrolment(u) for u in uuids] if uuids is not None else payable(scheme_code, period)
    if not targets:
        raise IncentiveError(_t("{s}{p}没有待发放的对象").format(s=SchemeBook().name(scheme_code), p=period))
    for e in targets:
        if e.scheme_code != scheme_code:
            raise IncentiveError(_t("{n}不是{s}的对象").format(n=e.person.name, s=scheme_code))
    book = SchemeBook()
    register = Register.load_for([e.person_id for e in targets])
    with database.atomic():
        batch = changes.insert(PaymentBatch, township_actor(session), scheme_code=scheme_code, period=period,
                               paid_date=paid_date, method=method, reference=reference.strip(), note=note)
        for e in targets:
            pay(session, e.uuid, period, paid_date, method=method, reference=reference, batch=batch,
                book=book, register=register)
    return batch


def reverse(session: Session, payment_uuid: str, day: dt.date, reason: str) -> Payment:
    """A reversal entry cancelling a payment; the period can then be paid again correctly."""
    session.require("pay_incentives")
    original = Payment.get_or_none(Payment.uuid == payment_uuid)
    if original is None or original.kind != "payment":
        raise IncentiveError(_t("没有发放记录 {u}").format(u=payment_uuid))
    if not reason.strip():
        raise IncentiveError(_t("冲正须写明原因"))
    if Payment.select().where(Payment.reverses == original.id).exists():
        raise IncentiveError(_t("这笔发放已经冲正过"))
    return changes.insert(
        Payment, township_actor(session), batch=original.batch_id, enrolment=original.enrolment_id,
        person=original.person_id, scheme_code=original.scheme_code, scheme_version=original.scheme_version,
        period=original.period, kind="reversal", correction=original.correction,
        amount_fen=-original.amount_fen, method=original.method, reference=original.reference,
        paid_date=day, reverses=original.id, reason=reason.strip())


@dataclass(frozen=True)
class LedgerRow:
    uuid: str
    scheme_code: str
    period: str
    name: str
    person_uuid: str
    id_number: str | None
    kind: str
    amount_fen: int
    method: str
    reference: str
    paid_date: dt.date
    reason: str


def ledger(scheme_code: str | None = None, period: str | None = None) -> list[LedgerRow]:
    query = (Payment.select(Payment, Person).join(Person, on=(Payment.person == Person.id))
             .where(Payment.voided == False).order_by(Payment.scheme_code, Payment.period, Person.name, Payment.id))  # noqa: E712
    if scheme_code:
        query = query.where(Payment.scheme_code == scheme_code)
    if period:
        query = query.where(Payment.period == period)
    return [LedgerRow(p.uuid, p.scheme_code, p.period, p.person.name, p.person.uuid, p.person.id_number, p.kind,
                      p.amount_fen, p.method, p.reference, p.paid_date, p.reason) for p in query]
