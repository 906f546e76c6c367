"""Stock dispatched by the township to a village (issue 7, item 4).

The township writes a dispatch voucher (rows it owns) and, when it keeps that lot in its own
ledger, issues it out of its stock in the same transaction. The voucher reaches every village
with the township's packet; the village it is addressed to lists it as a pending receipt, and
confirming it books the receipt in the village's ledger (document number = voucher number,
same lots and expiry) together with a confirmation row the village owns. That row goes back
to the township, whose status of the voucher (sent / received / received short) is read from it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.auth import Session
from app.i18n import translate
from app.stock import ledger
from app.stock.catalogue import StockError, catalogue_on, commodity
from db import changes
from db.connection import database
from db.models_stock import StockLot, StockTxn
from db.models_stock_dispatch import (
    StockDispatch,
    StockDispatchLine,
    StockReceiptConfirmation,
    StockReceiptLine,
)

_LIVE = StockDispatch.voided == False  # noqa: E712
STATUS = {"sent": "已发出，待村收货", "received": "已收货", "short": "已收货（短缺）", "cancelled": "已作废",
          "cancelled_received": "已作废，但村已确认收货（请核对）"}


def _t(text: str) -> str:
    return translate("stock", text)


def status_label(status: str) -> str:
    return _t(STATUS[status])


@dataclass(frozen=True)
class DispatchLineIn:
    commodity_code: str
    lot_number: str
    expiry_date: dt.date
    quantity: int


@dataclass(frozen=True)
class LineView:
    line_no: int
    commodity_code: str
    commodity_name: str
    unit: str
    lot_number: str
    expiry_date: dt.date
    quantity: int
    received: int | None  # None until the village confirmed


@dataclass(frozen=True)
class DispatchView:
    uuid: str
    number: str
    day: dt.date
    from_site: str
    to_site: str
    to_name: str
    note: str
    status: str  # sent | received | short | cancelled
    lines: list[LineView] = field(default_factory=list)
    received_date: dt.date | None = None
    received_by: str = ""
    reason: str = ""

    @property
    def sent_total(self) -> int:
        return sum(ln.quantity for ln in self.lines)

    @property
    def received_total(self) -> int | None:
        if self.received_date is None:
            return None
        return sum(ln.received or 0 for ln in self.lines)

    @property
    def status_text(self) -> str:
        return status_label(self.status)

    def as_dict(self) -> dict:
        data = dataclasses.asdict(self)

        def plain(value):
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value

        data = plain(data)
        data.update(sent_total=self.sent_total, received_total=self.received_total, status_text=self.status_text)
        return data


# -- the township ---------------------------------------------------------------------------------
def known_villages() -> dict[str, str]:
    """Villages the township may send to: those it knows (app.township.villages) and those it
    has enrolled (a packet can reach them even before their first packet came in)."""
    from app.township.villages import villages
    from db.models_sync import Peer

    known = {v.code: v.name for v in villages()}
    for p in Peer.select().where(Peer.kind == "village"):
        known.setdefault(p.site_code, p.site_name or p.site_code)
    return known


def _next_number(site_code: str, day: dt.date) -> str:
    n = 1
    while True:
        number = f"{site_code}-{day:%Y%m%d}-{n:02d}"
        if not StockDispatch.select().where((StockDispatch.site_code == site_code)
                                            & (StockDispatch.number == number)).exists():
            return number
        n += 1


def _check_lines(lines: list[DispatchLineIn], day: dt.date) -> None:
    if not lines:
        raise StockError(_t("调拨单没有任何药具"))
    seen: set[tuple[str, str]] = set()
    for n, item in enumerate(lines, start=1):
        try:
            commodity(item.commodity_code, day)
        except StockError as exc:
            raise StockError(_t("第{n}行：{e}").format(n=n, e=exc)) from None
        if not (item.lot_number or "").strip():
            raise StockError(_t("第{n}行：批号不能为空").format(n=n))
        if isinstance(item.quantity, bool) or not isinstance(item.quantity, int) or item.quantity < 1:
            raise StockError(_t("第{n}行：数量“{v}”不是正整数").format(n=n, v=item.quantity))
        if not isinstance(item.expiry_date, dt.date):
            raise StockError(_t("第{n}行：有效期“{v}”不是日期").format(n=n, v=item.expiry_date))
        if item.expiry_date < day:
            raise StockError(_t("第{n}行：批号{l}已于{e}过期，不能调拨").format(
                n=n, l=item.lot_number.strip(), e=item.expiry_date.isoformat()))
        key = (item.commodity_code, item.lot_number.strip())
        if key in seen:
            raise StockError(_t("第{n}行：{c}批号{l}重复").format(n=n, c=item.commodity_code, l=key[1]))
        seen.add(key)


def dispatch(session: Session, to_site: str, day: dt.date, lines: list[DispatchLineIn], note: str = "", *,
             number: str | None = None, today: dt.date | None = None) -> StockDispatch:
    """At the township: a dispatch voucher to one village. A lot the township keeps in its own
    ledger is issued out of it in the same transaction (never below zero); a lot it does not
    keep is only written on the voucher (docs/decisions.md)."""
    from app.township.villages import require_township

    session.require("manage_stock")
    require_township(session)
    today = today or dt.date.today()
    if not isinstance(day, dt.date):
        raise StockError(_t("日期：“{v}”不是日期").format(v=day))
    if day > today:
        raise StockError(_t("日期：{d}是将来的日期").format(d=day.isoformat()))
    to_site = (to_site or "").strip()
    known = known_villages()
    if to_site not in known:
        raise StockError(_t("没有代码为“{s}”的村（本乡镇已知的村：{k}）").format(
            s=to_site, k="、".join(known) or _t("无")))
    _check_lines(lines, day)
    number = (number or "").strip() or _next_number(session.site_code, day)
    with database.atomic():
        if StockDispatch.select().where((StockDispatch.site_code == session.site_code)
                                        & (StockDispatch.number == number)).exists():
            raise StockError(_t("调拨单号“{n}”已经用过").format(n=number))
        head = changes.insert(StockDispatch, session.actor, to_site=to_site, to_name=known[to_site],
                              number=number, day=day, note=(note or "").strip())
        for n, item in enumerate(lines, start=1):
            lot_number = item.lot_number.strip()
            changes.insert(StockDispatchLine, session.actor, dispatch=head.id, line_no=n,
                           commodity_code=item.commodity_code, lot_number=lot_number,
                           expiry_date=item.expiry_date, quantity=item.quantity)
            own = StockLot.get_or_none(
                (StockLot.site_code == session.site_code) & (StockLot.commodity_code == item.commodity_code)
                & (StockLot.lot_number == lot_number) & (StockLot.voided == False))  # noqa: E712
            if own is None:
                continue
            if own.expiry_date != item.expiry_date:
                raise StockError(_t("第{n}行：本乡镇库存中批号{l}的有效期是{e}，与调拨单的{x}不同").format(
                    n=n, l=lot_number, e=own.expiry_date.isoformat(), x=item.expiry_date.isoformat()))
            ledger.issue(session, ledger.IssueForm(
                item.commodity_code, day, item.quantity, lot_number=lot_number,
                destination=_t("{v}（调拨单{d}）").format(v=known[to_site], d=number), note=number), today)
    return head


def cancel_dispatch(session: Session, key: str, reason: str, *, today: dt.date | None = None) -> StockDispatch:
    """At the township: withdraw a dispatch the village has not confirmed (a wrong village, lot
    or quantity). The voucher is voided with the reason, which travels to the village and takes
    it off its pending receipts; what the township issued out of its own lots for it goes back
    by a reversal dated today."""
    from app.township.villages import require_township

    session.require("manage_stock")
    require_township(session)
    today = today or dt.date.today()
    reason = (reason or "").strip()
    if not reason:
        raise StockError(_t("作废调拨单必须填写原因"))
    head = find_dispatch(key)
    if head.site_code != session.site_code:
        raise StockError(_t("调拨单{n}不是本乡镇开的").format(n=head.number))
    if head.voided:
        raise StockError(_t("调拨单{n}已经作废").format(n=head.number))
    with database.atomic():
        # Checked inside the transaction: an import applying the confirmation waits for it.
        if StockReceiptConfirmation.select().where((StockReceiptConfirmation.dispatch == head.id)
                                                   & (StockReceiptConfirmation.site_code == head.to_site)
                                                   & (StockReceiptConfirmation.voided == False)).exists():  # noqa: E712
            raise StockError(_t("{v}已确认收到调拨单{n}，不能作废；药具需退回时请在库存中登记").format(
                v=head.to_name or head.to_site, n=head.number))
        changes.void(head, session.actor, reason)
        issued = (StockTxn.select(StockTxn.action_uuid).distinct()
                  .where((StockTxn.site_code == session.site_code) & (StockTxn.kind == "issue")
                         & (StockTxn.note == head.number) & StockTxn.reverses.is_null()
                         & (StockTxn.voided == False)))  # noqa: E712
        for (action,) in issued.tuples():
            lines = StockTxn.select(StockTxn.id).where(StockTxn.action_uuid == action)
            if StockTxn.select().where(StockTxn.reverses.in_(lines)).exists():
                continue  # already reversed by hand
            ledger.reverse(session, action, _t("作废调拨单{n}：{r}").format(n=head.number, r=reason), today=today)
    return head


def find_dispatch(key: str) -> StockDispatch:
    """A dispatch by UUID or voucher number."""
    key = (key or "").strip()
    found = StockDispatch.get_or_none((StockDispatch.uuid == key) | (StockDispatch.number == key))
    if found is None:
        raise StockError(_t("找不到调拨单“{k}”").format(k=key))
    return found


def _views(query: pw.ModelSelect) -> list[DispatchView]:
    heads = list(query.order_by(StockDispatch.day.desc(), StockDispatch.number.desc()))
    if not heads:
        return []
    ids = [h.id for h in heads]
    lines: dict[int, list[StockDispatchLine]] = {}
    for ln in (StockDispatchLine.select().where(StockDispatchLine.dispatch.in_(ids) & (StockDispatchLine.voided == False))  # noqa: E712
               .order_by(StockDispatchLine.line_no)):
        lines.setdefault(ln.dispatch_id, []).append(ln)
    confirmations = {c.dispatch_id: c for c in StockReceiptConfirmation.select().where(
        StockReceiptConfirmation.dispatch.in_(ids) & (StockReceiptConfirmation.voided == False))}  # noqa: E712
    received: dict[int, int] = {}
    if confirmations:
        conf_ids = [c.id for c in confirmations.values()]
        for r in StockReceiptLine.select().where(StockReceiptLine.confirmation.in_(conf_ids)
                                                 & (StockReceiptLine.voided == False)):  # noqa: E712
            received[r.dispatch_line_id] = r.received_quantity
    catalogue = catalogue_on()
    out = []
    for h in heads:
        conf = confirmations.get(h.id)
        if conf is not None and conf.site_code != h.to_site:
            conf = None  # only the village it was addressed to can say it arrived
        views = []
        for ln in lines.get(h.id, []):
            info = catalogue.get(ln.commodity_code)
            views.append(LineView(ln.line_no, ln.commodity_code, info.name if info else ln.commodity_code,
                                  info.unit if info else "", ln.lot_number, ln.expiry_date, ln.quantity,
                                  (received.get(ln.id, 0) if conf is not None else None)))
        if h.voided:
            # A confirmation that crossed the cancellation on the way: the stock is at the village.
            status = "cancelled_received" if conf is not None else "cancelled"
        elif conf is None:
            status = "sent"
        elif any((v.received or 0) < v.quantity for v in views):
            status = "short"
        else:
            status = "received"
        out.append(DispatchView(h.uuid, h.number, h.day, h.site_code, h.to_site, h.to_name, h.note, status, views,
                                conf.received_date if conf else None, conf.received_by if conf else "",
                                conf.reason if conf else ""))
    return out


def dispatch_status(to_site: str | None = None, site_code: str | None = None) -> list[DispatchView]:
    """At the township: its dispatches (to one village or all), newest first, with what the
    villages confirmed."""
    query = StockDispatch.select()
    if site_code is not None:
        query = query.where(StockDispatch.site_code == site_code)
    if to_site is not None:
        query = query.where(StockDispatch.to_site == to_site)
    return _views(query)


def dispatch_view(key: str) -> DispatchView:
    return _views(StockDispatch.select().where(StockDispatch.id == find_dispatch(key).id))[0]


# -- the village ----------------------------------------------------------------------------------
def _unconfirmed() -> pw.Expression:
    confirmed = StockReceiptConfirmation.select(StockReceiptConfirmation.dispatch).where(
        StockReceiptConfirmation.voided == False)  # noqa: E712
    return _LIVE & StockDispatch.id.not_in(confirmed)


def _here(site_code: str | None) -> str:
    if site_code is not None:
        return site_code
    from app.sites import local_site

    return local_site().code


def pending_receipts(site_code: str | None = None) -> list[DispatchView]:
    """At a village: dispatches addressed to it (township rows reach every village; only its
    own are listed) that it has not confirmed yet, oldest first."""
    site = _here(site_code)
    views = _views(StockDispatch.select().where((StockDispatch.to_site == site) & _unconfirmed()))
    return sorted(views, key=lambda v: (v.day, v.number))


def pending_count(site_code: str | None = None) -> int:
    site = _here(site_code)
    return StockDispatch.select().where((StockDispatch.to_site == site) & _unconfirmed()).count()


def confirm_receipt(session: Session, dispatch_uuid: str, received: dict[int, int] | None = None,
                    reason_for_difference: str = "", *, day: dt.date | None = None,
                    today: dt.date | None = None) -> StockReceiptConfirmation:
    """At the village: what arrived of a dispatch ({line number: quantity}; a line not named
    arrived in full). The receipt goes into the ledger under the voucher's number, with the
    voucher's lots and expiry, in the same transaction as the confirmation row."""
    session.require("manage_stock")
    today = today or dt.date.today()
    day = day or today
    head = find_dispatch(dispatch_uuid)
    if head.to_site != session.site_code:
        raise StockError(_t("调拨单{n}是发给{v}的，不是发给本站点（{s}）的").format(
            n=head.number, v=head.to_name or head.to_site, s=session.site_code))
    if head.voided:
        raise StockError(_t("调拨单{n}已被乡镇作废，不能收货").format(n=head.number))
    if day < head.day:
        raise StockError(_t("收货日期{d}早于调拨日期{s}").format(d=day.isoformat(), s=head.day.isoformat()))
    lines = list(StockDispatchLine.select().where((StockDispatchLine.dispatch == head.id)
                                                  & (StockDispatchLine.voided == False))  # noqa: E712
                 .order_by(StockDispatchLine.line_no))
    by_no = {ln.line_no: ln for ln in lines}
    received = dict(received or {})
    for no, qty in received.items():
        if no not in by_no:
            raise StockError(_t("调拨单{n}没有第{l}行").format(n=head.number, l=no))
        if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
            raise StockError(_t("第{l}行：实收数量“{v}”不是非负整数").format(l=no, v=qty))
        if qty > by_no[no].quantity:
            raise StockError(_t("第{l}行：实收{q}多于调拨的{s}；多出的请收货后用盘点更正").format(
                l=no, q=qty, s=by_no[no].quantity))
    quantities = {ln.line_no: received.get(ln.line_no, ln.quantity) for ln in lines}
    reason = (reason_for_difference or "").strip()
    if any(quantities[ln.line_no] != ln.quantity for ln in lines) and not reason:
        raise StockError(_t("实收数量与调拨单不同，请填写原因"))
    with database.atomic():
        if StockReceiptConfirmation.select().where((StockReceiptConfirmation.dispatch == head.id)
                                                   & (StockReceiptConfirmation.voided == False)).exists():  # noqa: E712
            raise StockError(_t("调拨单{n}已经确认收货，不能重复确认").format(n=head.number))
        arrived = [ledger.ReceiptLine(ln.commodity_code, ln.lot_number, ln.expiry_date, quantities[ln.line_no])
                   for ln in lines if quantities[ln.line_no] > 0]
        action = None
        if arrived:
            action = ledger.receive(session, day=day, document_number=head.number, lines=arrived,
                                    note=_t("乡镇调拨单{n}").format(n=head.number), today=today).action_uuid
        conf = changes.insert(StockReceiptConfirmation, session.actor, dispatch=head.id, received_date=day,
                              received_by=session.display_name, action_uuid=action, reason=reason)
        for ln in lines:
            changes.insert(StockReceiptLine, session.actor, confirmation=conf.id, dispatch_line=ln.id,
                           received_quantity=quantities[ln.line_no])
    return conf
