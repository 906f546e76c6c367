"""fpreg import-register: check and import a register spreadsheet (.xlsx, .xls, .csv)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import CommandError, add_db_argument, add_json_argument, cli_session, emit, open_db
from app.register_io import MappingError, RegisterFileError, import_register

# Exit codes (also in --help): 0 done (refused rows are listed and were not written),
# 1 the file or database could not be used, 3 a dry run found rows that cannot be imported.
DRY_RUN_PROBLEMS = 3

EPILOG = """\
退出码 (exit status):
  0  导入完成。有不能导入的行时，其余的行照常导入，不能导入的行列在报告中，未写入。
     done; rows that cannot be imported are listed in the report and were not written
  1  文件或数据库无法使用（格式、表头、合并单元格等），什么都没有导入
     the file or database cannot be used; nothing was imported
  3  试导入（--dry-run）发现有不能导入的行
     a dry run found rows that cannot be imported
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import-register", help="导入育龄妇女登记表 (import a register spreadsheet)",
        description="检查并导入Excel（.xlsx、.xls）或CSV格式的育龄妇女登记表。好的行在一个事务中导入。",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_argument(p, required=True)
    add_json_argument(p)
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入数据库 (check only)")
    p.add_argument("--mapping", type=Path, default=None,
                   help="表头和取值对照表（JSON，格式同 resources/register_columns.json）")
    p.add_argument("--user", default=None, help="以此用户身份执行（默认：系统）")
    p.add_argument("file", type=Path, help="登记表文件 (.xlsx, .xls, .csv)")
    p.set_defaults(handler=run)


def _progress(done: int, total: int) -> None:
    if total:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    interactive = sys.stderr.isatty() and not args.json
    try:
        report = import_register(
            args.file, session, mapping_file=args.mapping, dry_run=args.dry_run,
            progress=_progress if interactive else None,
        )
    except (RegisterFileError, MappingError) as exc:
        raise CommandError(str(exc)) from exc
    if interactive:
        print(file=sys.stderr)
    emit(args, report.as_dict(), report.as_text())
    if args.dry_run and report.refused:
        return DRY_RUN_PROBLEMS
    return 0
