"""fpreg init: create the database of a village or township."""

from __future__ import annotations

import argparse
import os

from app.cli.common import USER_ERRORS, CommandError, add_json_argument, emit
from app.sites import init_database


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("init", help="新建站点数据库 (create a site database)")
    p.add_argument("--db", required=True)
    p.add_argument("--site-code", required=True)
    p.add_argument("--site-name", required=True)
    p.add_argument("--kind", choices=("village", "township"), required=True)
    p.add_argument("--parent-code", default=None, help="上级乡镇代码")
    p.add_argument("--groups", type=int, default=0, help="村民小组个数")
    p.add_argument("--admin", default="admin", help="管理员用户名")
    add_json_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    password = os.environ.get("FPREG_ADMIN_PASSWORD")
    try:
        db = init_database(
            args.db, site_code=args.site_code, site_name=args.site_name, kind=args.kind,
            parent_code=args.parent_code, admin_username=args.admin,
            admin_password=password, groups=args.groups,
        )
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc
    db.close()
    note = "" if password else "（未设置管理员：用 fpreg user add 添加，或设置 FPREG_ADMIN_PASSWORD）"
    emit(args, {"ok": True, "db": str(args.db), "site_code": args.site_code},
         f"已创建 {args.site_name}（{args.site_code}）的数据库：{args.db}{note}")
    return 0
