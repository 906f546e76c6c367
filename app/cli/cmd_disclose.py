"""fpreg disclose: the public documents for the notice board and display case (SPEC §7) as PDF:
the public-notice list, the quarterly notice-board summary, the monthly display-case sheet,
and the cash receipt."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import USER_ERRORS, CommandError, add_db_argument, add_json_argument, emit, open_db

KINDS = ("notice", "board", "display", "receipt")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("disclose", help="村务公开文件 PDF (notice-board documents)")
    add_db_argument(p)
    add_json_argument(p)
    p.add_argument("--kind", choices=KINDS, required=True,
                   help="notice 公示名单 / board 季度公开栏 / display 宣传橱窗 / receipt 现金领取凭证")
    p.add_argument("--out", type=Path, required=True, help="PDF 文件")
    p.add_argument("--paper", choices=("A4", "A3"), default="A4")
    p.add_argument("--date", type=dt.date.fromisoformat, default=None, help="打印日期 (default today)")
    p.add_argument("--notice", default=None, help="公示UUID（默认：最近的公示）")
    p.add_argument("--quarter", default=None, help="季度，如 2026Q4（默认：--date 所在季度）")
    p.add_argument("--month", default=None, help="月份，如 2026-11（默认：--date 所在月份）")
    p.add_argument("--template", type=Path, default=None, help="橱窗模板 JSON（默认 resources/display_case.json）")
    p.add_argument("--payment", default=None, help="receipt：发放记录UUID")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    today = args.date or dt.date.today()
    try:
        from app.incentives.schemes import ensure_seeded
        from app.sites import local_site

        ensure_seeded(local_site().code)
        if args.kind == "notice":
            from app.disclosure.notice_list import write_notice_list

            path = write_notice_list(args.out, notice_uuid=args.notice, paper=args.paper, printed_on=today)
        elif args.kind == "board":
            from app.disclosure.board import write_board_summary

            quarter = args.quarter or f"{today.year}Q{(today.month - 1) // 3 + 1}"
            path = write_board_summary(args.out, quarter, paper=args.paper, printed_on=today)
        elif args.kind == "display":
            from app.disclosure.display import write_display_sheet

            month = args.month or f"{today.year}-{today.month:02d}"
            path = write_display_sheet(args.out, month, paper=args.paper, template=args.template, printed_on=today)
        else:
            if not args.payment:
                raise CommandError("领取凭证须给出 --payment 发放记录UUID")
            from app.disclosure.receipt import write_receipt

            path = write_receipt(args.out, args.payment, printed_on=today)
    except (*USER_ERRORS, OSError) as exc:
        raise CommandError(str(exc)) from exc
    emit(args, {"ok": True, "kind": args.kind, "pdf": str(path)}, f"已写出：{path}")
    return 0
