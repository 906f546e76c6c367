"""Transfers between villages: a woman registered in A now lives in B.

The township records a request (a row it owns). Each village then does its own step on its own
rows, in its own database, after the request reaches it by sync:
  A: carry_out_transfer(session, uuid, date) exits her card with reason "transferred";
  B: receive_transfer(session, uuid, group, household) registers her from the request's copy of
     her details (or, when she is already on B's register, nothing is needed).
The township reads progress from those rows as they come back (transfer_progress) and closes
the request when both steps are seen (close_finished). Nobody edits another site's row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass

from app.auth import Session
from app.i18n import translate
from app.register import (
    WomanForm,
    add_woman,
    card_by_uuid,
    exit_woman,
    form_of,
)
from app.township.villages import TownshipError, require_township, village_names
from db import changes
from db.connection import database
from db.models import Person, WomanCard
from db.models_township import TransferRequest


def _t(text: str) -> str:
    return translate("township", text)


STATUS = {"open": "进行中", "completed": "已完成", "cancelled": "已取消"}
# The steps a request waits for, by what the township's database shows.
PROGRESS = {
    "waiting_both": "等待转出村注销和转入村登记",
    "waiting_out": "转入村已登记，等待转出村注销",
    "waiting_in": "转出村已注销，等待转入村登记",
    "done": "两村均已办理",
}


@dataclass(frozen=True)
class TransferView:
    uuid: str
    status: str
    from_site: str
    from_village: str
    to_site: str
    to_village: str
    name: str
    id_number: str | None
    birth_date: dt.date | None
    requested_date: dt.date
    closed_date: dt.date | None
    out_done: bool
    out_date: dt.date | None
    in_card_uuid: str | None
    note: str

    @property
    def in_done(self) -> bool:
        return self.in_card_uuid is not None

    @property
    def progress(self) -> str:
        if self.out_done and self.in_done:
            return "done"
        if self.out_done:
            return "waiting_in"
        if self.in_done:
            return "waiting_out"
        return "waiting_both"

    def as_dict(self) -> dict:
        data = dataclasses.asdict(self)
        for key, value in data.items():
            if isinstance(value, dt.date):
                data[key] = value.isoformat()
        data["in_done"] = self.in_done
        data["progress"] = self.progress
        return data


def _form_json(form: WomanForm) -> str:
    data = dataclasses.asdict(form)
    # B chooses her group and household; A's numbers mean nothing there.
    for key in ("group_number", "household_number", "address", "registered_date", "current_status"):
        data.pop(key, None)
    return json.dumps(
        {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()}, ensure_ascii=False
    )


def get_request(request_uuid: str) -> TransferRequest:
    req = TransferRequest.get_or_none((TransferRequest.uuid == request_uuid) & (TransferRequest.voided == False))  # noqa: E712
    if req is None:
        raise TownshipError(_t("找不到转移申请{u}").format(u=request_uuid))
    return req


def request_transfer(
    session: Session, from_card_uuid: str, to_site: str, *, note: str = "", today: dt.date | None = None
) -> TransferRequest:
    """At the township: ask village A (the card's owner) to exit her and village to_site to take her."""
    session.require("edit_register")
    require_township(session)
    today = today or dt.date.today()
    names = village_names()
    card = card_by_uuid(from_card_uuid)
    if card.voided or card.exit_reason:
        raise TownshipError(_t("{n}在{v}的登记已注销或作废，不能再转出").format(
            n=card.person.name, v=names.get(card.site_code, card.site_code)))
    if to_site not in names:
        raise TownshipError(_t("没有代码为“{s}”的村").format(s=to_site))
    if to_site == card.site_code:
        raise TownshipError(_t("转出村和转入村相同（{v}）").format(v=names[to_site]))
    if TransferRequest.select().where(
        (TransferRequest.from_card_uuid == from_card_uuid) & (TransferRequest.status == "open")
        & (TransferRequest.voided == False)  # noqa: E712
    ).exists():
        raise TownshipError(_t("{n}已有一个进行中的转移申请").format(n=card.person.name))
    person = card.person
    existing = _card_in(to_site, person.id_number, person.name, person.birth_date)
    return changes.insert(
        TransferRequest, session.actor,
        from_site=card.site_code, to_site=to_site, from_card_uuid=card.uuid, to_card_uuid=existing,
        from_name=names.get(card.site_code, ""), to_name=names[to_site],
        name=person.name, id_number=person.id_number, birth_date=person.birth_date,
        form_json=_form_json(form_of(card)), requested_date=today, note=note.strip(),
    )


def cancel_transfer(session: Session, request_uuid: str, reason: str, *, today: dt.date | None = None) -> None:
    session.require("edit_register")
    require_township(session)
    req = get_request(request_uuid)
    if req.status != "open":
        raise TownshipError(_t("此申请已{s}，不能取消").format(s=_t(STATUS[req.status])))
    if not reason.strip():
        raise TownshipError(_t("取消必须填写原因"))
    note = (req.note + "\n" if req.note else "") + _t("取消原因：") + reason.strip()
    changes.update(req, session.actor, status="cancelled", closed_date=today or dt.date.today(),
                   note=note, reason=reason.strip())


def _card_in(site_code: str, id_number: str | None, name: str, birth: dt.date | None) -> str | None:
    """Her active card in a village, found by ID number (or name and birth date without one)."""
    query = (
        WomanCard.select(WomanCard.uuid).join(Person, on=(WomanCard.person == Person.id))
        .where((WomanCard.site_code == site_code) & (WomanCard.voided == False)  # noqa: E712
               & WomanCard.exit_reason.is_null() & (Person.voided == False))  # noqa: E712
    )
    if id_number:
        query = query.where(Person.id_number == id_number)
    elif birth is not None:
        query = query.where((Person.name == name) & (Person.birth_date == birth))
    else:
        return None
    return query.order_by(WomanCard.id).scalar()


def _view(req: TransferRequest, names: dict[str, str], exits: dict[str, tuple]) -> TransferView:
    exit_reason, exit_date = exits.get(req.from_card_uuid, (None, None))
    in_card = _card_in(req.to_site, req.id_number, req.name, req.birth_date)
    return TransferView(
        uuid=req.uuid, status=req.status, from_site=req.from_site,
        from_village=names.get(req.from_site) or req.from_name or req.from_site, to_site=req.to_site,
        to_village=names.get(req.to_site) or req.to_name or req.to_site, name=req.name, id_number=req.id_number,
        birth_date=req.birth_date, requested_date=req.requested_date, closed_date=req.closed_date,
        out_done=exit_reason is not None, out_date=exit_date if exit_reason else None,
        in_card_uuid=in_card, note=req.note,
    )


def list_transfers(status: str | None = None, site_code: str | None = None) -> list[TransferView]:
    """Requests, newest first, with their progress as this database sees it."""
    query = TransferRequest.select().where(TransferRequest.voided == False)  # noqa: E712
    if status:
        query = query.where(TransferRequest.status == status)
    if site_code:
        query = query.where((TransferRequest.from_site == site_code) | (TransferRequest.to_site == site_code))
    requests = list(query.order_by(TransferRequest.requested_date.desc(), TransferRequest.id.desc()))
    exits: dict[str, tuple] = {}
    uuids = [r.from_card_uuid for r in requests]
    for start in range(0, len(uuids), 500):
        exits.update({
            u: (reason, date)
            for u, reason, date in WomanCard.select(WomanCard.uuid, WomanCard.exit_reason, WomanCard.exit_date)
            .where(WomanCard.uuid.in_(uuids[start:start + 500])).tuples()
        })
    names = village_names()
    return [_view(r, names, exits) for r in requests]


def transfer_progress(request_uuid: str) -> TransferView:
    req = get_request(request_uuid)
    card = WomanCard.get_or_none(WomanCard.uuid == req.from_card_uuid)
    exits = {req.from_card_uuid: (card.exit_reason, card.exit_date)} if card else {}
    return _view(req, village_names(), exits)


def close_finished(session: Session, *, today: dt.date | None = None) -> int:
    """At the township: mark completed every open request whose two steps have both arrived."""
    session.require("edit_register")
    require_township(session)
    done = [v.uuid for v in list_transfers("open") if v.progress == "done"]
    with database.atomic():
        for uuid in done:
            changes.update(get_request(uuid), session.actor, status="completed",
                           closed_date=today or dt.date.today())
    return len(done)


# -- the villages' steps ------------------------------------------------------------------------
def _open_for(session: Session, request_uuid: str, side: str) -> TransferRequest:
    req = get_request(request_uuid)
    if req.status != "open":
        raise TownshipError(_t("此转移申请已{s}").format(s=_t(STATUS[req.status])))
    expected = req.from_site if side == "out" else req.to_site
    if session.site_code != expected:
        named = req.from_name if side == "out" else req.to_name
        name = village_names().get(expected) or named or expected
        who = expected if name == expected else f"{name}（{expected}）"
        raise TownshipError(_t("此步骤应由{v}办理（本站点：{s}）").format(v=who, s=session.site_code))
    return req


def carry_out_transfer(session: Session, request_uuid: str, date: dt.date) -> None:
    """At village A: exit her card with reason "transferred" (转出)."""
    req = _open_for(session, request_uuid, "out")
    card = WomanCard.get_or_none(WomanCard.uuid == req.from_card_uuid)
    if card is None:
        raise TownshipError(_t("本村数据库中没有{n}的登记卡").format(n=req.name))
    if card.exit_reason == "transferred":
        raise TownshipError(_t("{n}的登记卡已于{d}转出").format(n=req.name, d=card.exit_date))
    exit_woman(session, card.uuid, "transferred", date)


def receive_transfer(
    session: Session, request_uuid: str, group_number: int, household_number: str, *,
    address: str = "", registered_date: dt.date | None = None, today: dt.date | None = None,
) -> WomanCard:
    """At village B: register her from the request's copy of her details."""
    req = _open_for(session, request_uuid, "in")
    existing = _card_in(session.site_code, req.id_number, req.name, req.birth_date)
    if existing:
        raise TownshipError(_t("{n}已在本村登记册上，无需再登记").format(n=req.name))
    data = json.loads(req.form_json or "{}")
    known = {f.name for f in dataclasses.fields(WomanForm)}
    values = {k: v for k, v in data.items() if k in known}
    for key in ("birth_date", "marriage_date"):
        if values.get(key):
            values[key] = dt.date.fromisoformat(values[key])
    today = today or dt.date.today()
    form = WomanForm(**values)
    form.group_number = group_number
    form.household_number = household_number
    form.address = address
    form.registered_date = registered_date or today
    if form.residence == "out_migrant":
        form.residence = "resident"
    return add_woman(session, form, today=today)


def pending_here(session: Session) -> list[TransferView]:
    """At a village: open requests that wait for this village's step."""
    own = session.site_code
    return [
        v for v in list_transfers("open", own)
        if (v.from_site == own and not v.out_done) or (v.to_site == own and not v.in_done)
    ]


def status_label(status: str) -> str:
    return _t(STATUS.get(status, status))


def progress_label(progress: str) -> str:
    return _t(PROGRESS.get(progress, progress))
