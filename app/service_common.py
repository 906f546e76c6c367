"""What every service of issue 3 does alike: find the card, refuse dates and codes that cannot
be, and finish by refreshing the derived status and the visits due (docs/services-api.md)."""

from __future__ import annotations

import datetime as dt

from app import due, status
from app.auth import Session
from app.i18n import translate

# The register's own code check and raise, so a message is written once.
from app.register import Problem, RegisterError, card_by_uuid, require_owner
from app.register import _check_code as check_code  # noqa: F401
from app.register import _raise_if as raise_if  # noqa: F401
from db.models import WomanCard


def _t(text: str) -> str:
    return translate("services", text)


def open_card(card_uuid: str, session: Session | None = None) -> WomanCard:
    """Her card, refusing a voided one (an entry made in error takes no services) and, given
    the session, one owned by another site (the township reads villages' cards, never writes)."""
    card = card_by_uuid(card_uuid)
    if session is not None:
        require_owner(session, card)
    if card.voided:
        raise RegisterError([Problem("card", _t("此登记记录已作废，不能再登记服务"))])
    return card


def check_date(
    problems: list[Problem], name: str, day: dt.date | None, today: dt.date, card: WomanCard | None = None
) -> None:
    """A service date: given, not in the future, not before her birth, not after her card's exit."""
    if day is None:
        problems.append(Problem(name, _t("不能为空")))
        return
    if not isinstance(day, dt.date):
        problems.append(Problem(name, _t("“{v}”不是日期").format(v=day)))
        return
    if day > today:
        problems.append(Problem(name, _t("{d}是将来的日期").format(d=day.isoformat())))
    if card is None:
        return
    birth = card.person.birth_date
    if birth is not None and day < birth:
        problems.append(Problem(name, _t("{d}早于她的出生日期").format(d=day.isoformat())))
    if card.exit_date is not None and day > card.exit_date:
        problems.append(Problem(name, _t("她的登记卡已于{x}注销，不能登记此后的服务").format(x=card.exit_date.isoformat())))


def finish(session: Session, person_id: int, today: dt.date) -> None:
    """Last step of every service, inside its transaction."""
    status.refresh_card_status(person_id, today, actor=session.actor)
    due.recompute_for_person(person_id, today)
