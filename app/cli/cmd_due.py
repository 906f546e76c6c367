"""fpreg due: the visits due, overdue or missed (SPEC §4), as text or JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from app.cli.common import USER_ERRORS, CommandError, add_db_argument, add_json_argument, emit, open_db
from app.codes import DUE_STATE, VISIT_TYPE, label
from app.due import VIEWS, DueFilter, due_list
from app.due_refresh import refresh_if_stale


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("due", help="待随访名单 (visits due)")
    add_db_argument(p)
    add_json_argument(p)
    p.add_argument("--date", type=dt.date.fromisoformat, default=None, help="按哪天计算 YYYY-MM-DD (default today)")
    p.add_argument("--view", choices=VIEWS, default="week",
                   help="today 今天可访 / week 本周 / overdue 逾期 / missed 错过 / all 全部")
    p.add_argument("--group", type=int, default=None, help="村民小组 (village group number)")
    p.add_argument("--type", dest="visit_type", choices=sorted(VISIT_TYPE), default=None, help="随访类型 (visit type)")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--pdf", type=Path, default=None,
                   help="同时写出随访工作单 PDF，按村民小组分组 (also write the round sheet)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    today = args.date or dt.date.today()
    refresh_if_stale(today)
    rows = due_list(DueFilter(view=args.view, group_number=args.group, visit_type=args.visit_type),
                    today, args.limit)
    if args.json:
        data = [
            {
                "due_id": r.due_id, "card_uuid": r.card_uuid, "name": r.name, "group": r.group_number,
                "household": r.household_number, "phone": r.phone, "visit_type": r.visit_type,
                "rule_code": r.rule_code, "label": r.label, "due_date": r.due_date.isoformat(),
                "window_start": r.window_start.isoformat(), "window_end": r.window_end.isoformat(),
                "state": r.state,
            }
            for r in rows
        ]
        lines = []
    else:
        data = []
        states = {code: label(DUE_STATE, code) for code in DUE_STATE}
        types = {code: label(VISIT_TYPE, code) for code in VISIT_TYPE}
        lines = [
            f"{r.due_date}\t{states.get(r.state, r.state)}\t{r.name}\t{r.group_number or ''}组\t"
            f"{r.phone or ''}\t{types.get(r.visit_type, r.visit_type)}\t{r.label}\t#{r.due_id}"
            for r in rows
        ]
        lines.append(f"共{len(rows)}条")
    if args.pdf:
        from app.reports.round_sheet import write_round_sheet
        from app.sites import local_site

        try:
            write_round_sheet(args.pdf, rows, site_name=local_site().name, week_start=today,
                              prepared_by="system", printed_on=today)
        except (*USER_ERRORS, OSError) as exc:
            raise CommandError(str(exc)) from exc
        lines.append(f"随访工作单：{args.pdf}")
    if args.json:
        # A week's list is tens of thousands of rows: one compact line from the C encoder, not
        # the indented form (ten times slower in pure Python).
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        emit(args, data, "\n".join(lines))
    return 0
