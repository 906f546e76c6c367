"""Stock ledger services: receive, issue, adjust, count, reverse, close a month (SPEC §5).

Every action is one transaction that appends ledger lines (db.changes, so they reach the change
log and sync); nothing is ever edited. Balances are sums of the ledger; before the transaction
commits, every lot it touched is checked never to go below zero on any day, so a back-dated
issue cannot empty a shelf that a later issue already used.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from app.auth import Session
from app.i18n import translate
from app.stock.catalogue import CommodityInfo, StockError, commodity
from app.stock.codes import ADJUST_REASON, ADJUST_SIGN, TXN_KIND, label
from db import changes
from db.connection import database
from db.models_services import Visit
from db.models_stock import StockLot, StockMonthClose, StockTxn

_LIVE = StockTxn.voided == False  # noqa: E712


def _t(text: str) -> str:
    return translate("stock", text)


@dataclass
class ActionResult:
    action_uuid: str
    lines: list[StockTxn] = field(default_factory=list)
    visit_uuid: str | None = None


# -- checks ---------------------------------------------------------------------------------------
def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def is_closed(site_code: str, day: dt.date) -> bool:
    return StockMonthClose.select().where(
        (StockMonthClose.site_code == site_code) & (StockMonthClose.month == month_of(day))
        & (StockMonthClose.voided == False)  # noqa: E712
    ).exists()


def _check_day(session: Session, day: dt.date, today: dt.date) -> None:
    if not isinstance(day, dt.date):
        raise StockError(_t("日期：“{v}”不是日期").format(v=day))
    if day > today:
        raise StockError(_t("日期：{d}是将来的日期").format(d=day.isoformat()))
    if is_closed(session.site_code, day):
        raise StockError(_t("{m}月已结账，不能再登记该月的出入库或盘点").format(m=month_of(day)))


def _check_quantity(quantity: object, name: str = "") -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise StockError(_t("数量：“{v}”不是正整数").format(v=quantity))
    return quantity


def _lot(site_code: str, code: str, lot_number: str) -> StockLot:
    lot = StockLot.get_or_none(
        (StockLot.site_code == site_code) & (StockLot.commodity_code == code)
        & (StockLot.lot_number == lot_number) & (StockLot.voided == False)  # noqa: E712
    )
    if lot is None:
        raise StockError(_t("{c}没有批号为“{l}”的库存").format(c=commodity(code).name, l=lot_number))
    return lot


def _daily(lot_id: int) -> list[tuple[dt.date, int]]:
    rows = (StockTxn.select(StockTxn.date, StockTxn.quantity).where((StockTxn.lot == lot_id) & _LIVE)
            .order_by(StockTxn.date).tuples())
    out: dict[dt.date, int] = {}
    for day, qty in rows:
        out[day] = out.get(day, 0) + qty
    return sorted(out.items())


def available(lot_id: int, day: dt.date) -> int:
    """What can leave the lot on `day` without any day from then on going below zero: the
    smallest end-of-day balance from `day` on."""
    running = 0
    low: int | None = None
    for d, qty in _daily(lot_id):
        if d > day and low is None:
            low = running  # the end of `day` itself, which had no lines
        running += qty
        if d >= day:
            low = running if low is None else min(low, running)
    return running if low is None else low


def balance(lot_id: int, day: dt.date | None = None) -> int:
    q = StockTxn.select(StockTxn.quantity).where((StockTxn.lot == lot_id) & _LIVE)
    if day is not None:
        q = q.where(StockTxn.date <= day)
    return sum(r for (r,) in q.tuples())


def _never_negative(lot_ids: set[int]) -> None:
    """The last word before commit: no touched lot goes below zero on any day."""
    for lot_id in lot_ids:
        running = 0
        for day, qty in _daily(lot_id):
            running += qty
            if running < 0:
                lot = StockLot.get_by_id(lot_id)
                raise StockError(_t("{c} 批号{l}：{d}的结存将为{b}，库存不能为负").format(
                    c=commodity(lot.commodity_code).name, l=lot.lot_number, d=day.isoformat(), b=running))


def _line(session: Session, action: str, day: dt.date, kind: str, lot: StockLot, quantity: int,
          **extra) -> StockTxn:
    return changes.insert(StockTxn, session.actor, action_uuid=action, date=day, kind=kind,
                          commodity_code=lot.commodity_code, lot=lot.id, quantity=quantity, **extra)


# -- receive --------------------------------------------------------------------------------------
@dataclass
class ReceiptLine:
    commodity_code: str
    lot_number: str
    expiry_date: dt.date
    quantity: int


def receive(session: Session, *, day: dt.date, document_number: str, lines: list[ReceiptLine],
            note: str = "", today: dt.date | None = None) -> ActionResult:
    """Units arriving from the township on one voucher (one or more lots)."""
    session.require("manage_stock")
    today = today or dt.date.today()
    _check_day(session, day, today)
    document_number = (document_number or "").strip()
    if not document_number:
        raise StockError(_t("入库单号不能为空"))
    if not lines:
        raise StockError(_t("入库单没有任何商品"))
    action = str(uuid.uuid4())
    result = ActionResult(action)
    with database.atomic():
        if _receipt_exists(session.site_code, document_number):
            raise StockError(_t("入库单号“{n}”已经登记过，不能重复入库").format(n=document_number))
        for n, item in enumerate(lines, start=1):
            info = commodity(item.commodity_code, day)
            qty = _check_quantity(item.quantity)
            lot_number = (item.lot_number or "").strip()
            if not lot_number:
                raise StockError(_t("第{n}行：批号不能为空").format(n=n))
            if not isinstance(item.expiry_date, dt.date):
                raise StockError(_t("第{n}行：有效期“{v}”不是日期").format(n=n, v=item.expiry_date))
            if item.expiry_date < day:
                raise StockError(_t("第{n}行：批号{l}已于{e}过期，不能入库").format(
                    n=n, l=lot_number, e=item.expiry_date.isoformat()))
            lot = StockLot.get_or_none(
                (StockLot.site_code == session.site_code) & (StockLot.commodity_code == info.code)
                & (StockLot.lot_number == lot_number))
            if lot is None:
                lot = changes.insert(StockLot, session.actor, commodity_code=info.code, lot_number=lot_number,
                                     expiry_date=item.expiry_date, received_date=day,
                                     document_number=document_number)
            elif lot.expiry_date != item.expiry_date:
                raise StockError(_t("第{n}行：批号{l}已登记的有效期是{e}，与本次的{x}不同").format(
                    n=n, l=lot_number, e=lot.expiry_date.isoformat(), x=item.expiry_date.isoformat()))
            result.lines.append(_line(session, action, day, "receipt", lot, qty,
                                      document_number=document_number, note=note.strip()))
        _never_negative({ln.lot_id for ln in result.lines})
    return result


def _receipt_exists(site_code: str, document_number: str) -> bool:
    """A voucher already booked and not reversed (a reversed one may be booked again correctly)."""
    reversed_ids = StockTxn.select(StockTxn.reverses).where(StockTxn.reverses.is_null(False))
    return StockTxn.select().where(
        (StockTxn.site_code == site_code) & (StockTxn.kind == "receipt") & _LIVE
        & (StockTxn.document_number == document_number) & StockTxn.reverses.is_null()
        & StockTxn.id.not_in(reversed_ids)
    ).exists()


# -- issue ----------------------------------------------------------------------------------------
def fefo_lots(site_code: str, code: str, day: dt.date) -> list[tuple[StockLot, int]]:
    """Unexpired lots with stock on `day`, first expiry first, with what each can give."""
    lots = (StockLot.select().where((StockLot.site_code == site_code) & (StockLot.commodity_code == code)
                                    & (StockLot.expiry_date >= day) & (StockLot.voided == False))  # noqa: E712
            .order_by(StockLot.expiry_date, StockLot.lot_number))
    out = []
    for lot in lots:
        can = available(lot.id, day)
        if can > 0:
            out.append((lot, can))
    return out


def _allocate(session: Session, info: CommodityInfo, day: dt.date, quantity: int,
              lot_number: str | None) -> list[tuple[StockLot, int]]:
    if lot_number:
        lot = _lot(session.site_code, info.code, lot_number.strip())
        if lot.expiry_date < day:
            raise StockError(_t("批号{l}已于{e}过期，不能发放").format(l=lot.lot_number, e=lot.expiry_date.isoformat()))
        can = available(lot.id, day)
        if quantity > can:
            raise StockError(_t("{c} 批号{l}在{d}只有{b}{u}可发，不能发放{q}{u}").format(
                c=info.name, l=lot.lot_number, d=day.isoformat(), b=can, q=quantity, u=info.unit))
        return [(lot, quantity)]
    plan: list[tuple[StockLot, int]] = []
    left = quantity
    for lot, can in fefo_lots(session.site_code, info.code, day):
        take = min(can, left)
        plan.append((lot, take))
        left -= take
        if left == 0:
            return plan
    total = quantity - left
    raise StockError(_t("{c}在{d}只有{b}{u}未过期的库存，不能发放{q}{u}").format(
        c=info.name, d=day.isoformat(), b=total, q=quantity, u=info.unit))


@dataclass
class IssueForm:
    commodity_code: str
    day: dt.date
    quantity: int
    lot_number: str | None = None  # None: first expiry, first out (across lots if needed)
    card_uuid: str | None = None  # to a woman: a visit is recorded for her
    visit_uuid: str | None = None  # to a woman: at this visit already recorded
    destination: str | None = None  # to a distribution point
    note: str = ""


def issue(session: Session, form: IssueForm, today: dt.date | None = None) -> ActionResult:
    """Hand units to a woman (linked to her visit) or to a distribution point."""
    session.require("manage_stock")
    today = today or dt.date.today()
    _check_day(session, form.day, today)
    info = commodity(form.commodity_code, form.day)
    qty = _check_quantity(form.quantity)
    to_woman = bool(form.card_uuid or form.visit_uuid)
    destination = (form.destination or "").strip()
    if to_woman == bool(destination):
        raise StockError(_t("发放对象：请选择一位妇女（或她的随访），或填写发放点，二者选一"))
    action = str(uuid.uuid4())
    result = ActionResult(action)
    with database.atomic():
        plan = _allocate(session, info, form.day, qty, form.lot_number)
        person_id, visit, created = _visit_for(session, form, info, today) if to_woman else (None, None, False)
        for lot, take in plan:
            result.lines.append(_line(
                session, action, form.day, "issue", lot, -take, person=person_id,
                visit=visit.id if visit else None, visit_created=created,
                destination=destination or None, note=form.note.strip()))
        _never_negative({lot.id for lot, _ in plan})
        result.visit_uuid = visit.uuid if visit else None
    return result


def _visit_for(session: Session, form: IssueForm, info: CommodityInfo,
               today: dt.date) -> tuple[int, Visit | None, bool]:
    """Her visit for this issue: the one named (given the supply if it had none), else a new
    one when the commodity starts a resupply schedule; the visit's supply feeds her visits due."""
    from app.service_common import finish, open_card

    if form.visit_uuid:
        visit = Visit.get_or_none((Visit.uuid == form.visit_uuid) & (Visit.voided == False))  # noqa: E712
        if visit is None:
            raise StockError(_t("找不到这次随访记录（{u}）").format(u=form.visit_uuid))
        if visit.date != form.day:
            raise StockError(_t("发放日期{d}与随访日期{v}不同").format(d=form.day.isoformat(), v=visit.date.isoformat()))
        if info.supply_kind and visit.supply_kind is None:
            changes.update(visit, session.actor, supply_kind=info.supply_kind, supply_quantity=form.quantity)
            finish(session, visit.person_id, today)
        return visit.person_id, visit, False
    card = open_card(form.card_uuid, session)
    if not info.visit_type:
        return card.person_id, None, False
    from app.visits import VisitForm, record_visit

    supplies = _t("{c} {q}{u}").format(c=info.name, q=form.quantity, u=info.unit)
    visit = record_visit(session, VisitForm(
        card_uuid=form.card_uuid, date=form.day, visit_type=info.visit_type, supplies=supplies,
        supply_kind=info.supply_kind, supply_quantity=form.quantity, next_step=form.note.strip()), today)
    return card.person_id, visit, True


# -- adjust, count --------------------------------------------------------------------------------
def adjust(session: Session, *, day: dt.date, commodity_code: str, lot_number: str, reason: str,
           quantity: int, note: str = "", today: dt.date | None = None) -> ActionResult:
    """Units leaving other than by issue (expired, damaged, lost, returned, transferred), or a
    count correction (signed). `quantity` is the units moved: positive, except for corrections."""
    session.require("manage_stock")
    today = today or dt.date.today()
    _check_day(session, day, today)
    info = commodity(commodity_code, day)
    if reason not in ADJUST_REASON:
        raise StockError(_t("调整原因“{r}”不在代码表中（{codes}）").format(r=reason, codes="、".join(ADJUST_REASON)))
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity == 0:
        raise StockError(_t("数量：“{v}”不是非零整数").format(v=quantity))
    sign = ADJUST_SIGN[reason]
    if sign and quantity < 0:
        raise StockError(_t("数量：原因为“{r}”时填写减少的数量（正数）").format(r=label(ADJUST_REASON, reason)))
    signed = quantity * sign if sign else quantity
    action = str(uuid.uuid4())
    result = ActionResult(action)
    with database.atomic():
        lot = _lot(session.site_code, info.code, (lot_number or "").strip())
        if signed < 0:
            can = available(lot.id, day)
            if -signed > can:
                raise StockError(_t("{c} 批号{l}在{d}只有{b}{u}，不能减少{q}{u}").format(
                    c=info.name, l=lot.lot_number, d=day.isoformat(), b=can, q=-signed, u=info.unit))
        result.lines.append(_line(session, action, day, "adjustment", lot, signed, reason=reason, note=note.strip()))
        _never_negative({lot.id})
    return result


def count(session: Session, *, day: dt.date, commodity_code: str, lot_number: str, counted: int,
          note: str = "", today: dt.date | None = None) -> ActionResult:
    """A physical count of one lot. The count line keeps what was on the shelf and what the
    ledger said; when they differ a count correction in the same action brings the ledger to
    the shelf."""
    session.require("manage_stock")
    today = today or dt.date.today()
    _check_day(session, day, today)
    info = commodity(commodity_code, day)
    if isinstance(counted, bool) or not isinstance(counted, int) or counted < 0:
        raise StockError(_t("实盘数量：“{v}”不是非负整数").format(v=counted))
    action = str(uuid.uuid4())
    result = ActionResult(action)
    with database.atomic():
        lot = _lot(session.site_code, info.code, (lot_number or "").strip())
        book = balance(lot.id, day)
        result.lines.append(_line(session, action, day, "count", lot, 0, counted=counted, book_balance=book,
                                  note=note.strip()))
        if counted != book:
            result.lines.append(_line(session, action, day, "adjustment", lot, counted - book,
                                      reason="count_correction", note=note.strip()))
        _never_negative({lot.id})
    return result


# -- reverse, close -------------------------------------------------------------------------------
def reverse(session: Session, action_uuid: str, reason: str, *, day: dt.date | None = None,
            today: dt.date | None = None) -> ActionResult:
    """Undo a whole action by opposite lines dated `day` (today); a visit the issue recorded is
    voided with it so her resupply schedule follows."""
    session.require("manage_stock")
    today = today or dt.date.today()
    day = day or today
    reason = (reason or "").strip()
    if not reason:
        raise StockError(_t("冲销必须填写原因"))
    _check_day(session, day, today)
    originals = list(StockTxn.select().where((StockTxn.action_uuid == action_uuid) & _LIVE).order_by(StockTxn.id))
    if not originals:
        raise StockError(_t("找不到要冲销的记录（{u}）").format(u=action_uuid))
    if any(o.reverses_id for o in originals):
        raise StockError(_t("这是一条冲销记录，不能再冲销"))
    if originals[0].site_code != session.site_code:
        raise StockError(_t("只能冲销本站点的记录"))
    if StockTxn.select().where(StockTxn.reverses.in_([o.id for o in originals])).exists():
        raise StockError(_t("这笔{k}已经冲销过").format(k=label(TXN_KIND, originals[0].kind)))
    action = str(uuid.uuid4())
    result = ActionResult(action)
    with database.atomic():
        for o in originals:
            result.lines.append(_line(
                session, action, day, o.kind, o.lot, -o.quantity, document_number=o.document_number,
                person=o.person_id, visit=o.visit_id, destination=o.destination, reason=o.reason,
                counted=None if o.counted is None else -o.counted,
                book_balance=None if o.book_balance is None else -o.book_balance,
                reverses=o.id, note=reason))
        _never_negative({o.lot_id for o in originals})
        created = {o.visit_id for o in originals if o.visit_created and o.visit_id}
        for visit_id in created:
            from app.service_common import finish

            visit = Visit.get_by_id(visit_id)
            if not visit.voided:
                changes.void(visit, session.actor, _t("发放已冲销：{r}").format(r=reason))
                finish(session, visit.person_id, today)
    return result


def close_month(session: Session, month: str, *, note: str = "", today: dt.date | None = None) -> StockMonthClose:
    session.require("manage_stock")
    today = today or dt.date.today()
    try:
        first = dt.date.fromisoformat(f"{month}-01")
    except (TypeError, ValueError):
        raise StockError(_t("月份：“{v}”应为 YYYY-MM").format(v=month)) from None
    nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if nxt > today:
        raise StockError(_t("{m}月尚未结束，不能结账").format(m=month))
    with database.atomic():
        if is_closed(session.site_code, first):
            raise StockError(_t("{m}月已经结账").format(m=month))
        return changes.insert(StockMonthClose, session.actor, month=month, note=note.strip())
