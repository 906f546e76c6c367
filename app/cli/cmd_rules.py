"""fpreg rules export|import: the follow-up schedule as a JSON file (a new version on import)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import (
    USER_ERRORS,
    CommandError,
    add_db_argument,
    add_json_argument,
    cli_session,
    emit,
    open_db,
)
from app.rules import export_rules, import_rules


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("rules", help="随访规则导出/导入 (follow-up rules)")
    sub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    ex = sub.add_parser("export", help="导出现行随访规则 (export the current version)")
    add_db_argument(ex)
    add_json_argument(ex)
    ex.add_argument("--out", type=Path, required=True, help="输出文件 (JSON)")
    ex.set_defaults(handler=run_export)
    im = sub.add_parser("import", help="导入新版随访规则 (import as a new version)")
    add_db_argument(im)
    add_json_argument(im)
    im.add_argument("file", type=Path)
    im.add_argument("--user", default=None, help="以此用户导入（需乡镇或管理员；密码取自 FPREG_PASSWORD）")
    im.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    open_db(args.db)
    try:
        path = export_rules(args.out)
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc
    emit(args, {"ok": True, "out": str(path)}, f"已导出随访规则到 {path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    try:
        rule_set = import_rules(session, args.file)
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc
    emit(args, {"ok": True, "version": rule_set.version, "effective_from": str(rule_set.effective_from)},
         f"已导入随访规则第{rule_set.version}版，{rule_set.effective_from}起生效")
    return 0
