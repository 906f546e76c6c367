"""fpreg search: find women by name, pinyin, initials, ID number or phone."""

from __future__ import annotations

import argparse

from app.cli.common import add_db_argument, add_json_argument, emit, open_db
from app.codes import STATUS, label
from app.register_query import search


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("search", help="查找育龄妇女 (search the register)")
    add_db_argument(p)
    add_json_argument(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("text")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    rows = search(args.text, limit=args.limit)
    data = [
        {
            "uuid": r.card_uuid, "name": r.name, "group": r.group_number,
            "household": r.household_number, "birth_date": r.birth_date,
            "id_number": r.id_number, "phone": r.phone, "status": r.current_status,
            "exit_reason": r.exit_reason,
        }
        for r in rows
    ]
    lines = [
        f"{r.name}\t{r.group_number or ''}组\t户{r.household_number or ''}\t{r.birth_date or ''}\t"
        f"{r.id_number or ''}\t{label(STATUS, r.current_status)}"
        for r in rows
    ]
    emit(args, data, "\n".join(lines) if lines else "没有找到")
    return 0
