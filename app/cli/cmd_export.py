"""fpreg export-register: write the register to .xlsx or .csv (re-importable)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CommandError, add_db_argument, add_json_argument, emit, open_db
from app.register_io.exporter import ExportError, export_register
from app.register_query import RegisterFilter


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export-register", help="导出育龄妇女登记册 (export the register)",
        description="把育龄妇女登记册（含已注销的）导出为Excel或CSV；导出的文件可以原样再导入。",
    )
    add_db_argument(p, required=True)
    add_json_argument(p)
    p.add_argument("--format", choices=("xlsx", "csv"), default=None,
                   help="文件格式（默认按 --out 的扩展名）")
    p.add_argument("--scope", choices=("all", "active", "exited"), default="all",
                   help="导出哪些记录：全部、在册、已注销（默认全部）")
    p.add_argument("--out", type=Path, required=True, help="输出文件")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "csv"):
        raise CommandError("请用 --format 指定 xlsx 或 csv")
    open_db(args.db)
    try:
        count = export_register(args.out, fmt, RegisterFilter(scope=args.scope))
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    emit(args, {"ok": True, "file": str(args.out), "format": fmt, "rows": count},
         f"已导出{count}条记录到 {args.out}")
    return 0
