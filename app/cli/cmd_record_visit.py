"""fpreg record-visit: record a follow-up visit to a woman (closes the item it answers)."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import (
    USER_ERRORS,
    CommandError,
    add_db_argument,
    add_json_argument,
    add_woman_arguments,
    card_from_args,
    cli_session,
    emit,
    open_db,
)
from app.codes import SUPPLY_KIND, VISIT_TYPE
from app.visits import VisitForm, record_visit


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("record-visit", help="登记随访 (record a follow-up visit)")
    add_db_argument(p)
    add_json_argument(p)
    add_woman_arguments(p)
    p.add_argument("--date", type=dt.date.fromisoformat, required=True, help="随访日期 YYYY-MM-DD")
    p.add_argument("--type", dest="visit_type", required=True, choices=sorted(VISIT_TYPE), help="随访类型")
    p.add_argument("--findings", default="", help="随访情况 (findings)")
    p.add_argument("--supplies", default="", help="发放物品说明 (supplies, free text)")
    p.add_argument("--supply-kind", choices=sorted(SUPPLY_KIND), default=None, help="发放的药具 (starts resupply)")
    p.add_argument("--supply-quantity", type=int, default=None, help="周期/只/针数")
    p.add_argument("--next-step", default="", help="下一步 (next step)")
    p.add_argument("--due-id", type=int, default=None, help="所完成的待随访编号 (due item id)")
    p.add_argument("--user", default=None, help="以此用户登记（密码取自 FPREG_PASSWORD）")
    p.add_argument("--today", type=dt.date.fromisoformat, default=None, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    form = VisitForm(
        card_uuid=card_from_args(args).uuid, date=args.date, visit_type=args.visit_type, findings=args.findings,
        supplies=args.supplies, supply_kind=args.supply_kind, supply_quantity=args.supply_quantity,
        next_step=args.next_step, due_id=args.due_id,
    )
    try:
        visit = record_visit(session, form, args.today)
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc
    closed = [d.id for d in visit.closes]
    emit(args, {"ok": True, "visit_uuid": visit.uuid, "date": visit.date.isoformat(), "closed_due_ids": closed},
         f"已登记随访 {visit.date}" + (f"，完成待随访 #{', #'.join(map(str, closed))}" if closed else ""))
    return 0
