"""fpreg user add|list|unlock: accounts on this PC."""

from __future__ import annotations

import argparse
import getpass
import os

from app.auth import AuthError, create_user, unlock_user
from app.cli.common import CommandError, add_db_argument, add_json_argument, cli_session, emit, open_db
from app.codes import ROLES
from db.models import User


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("user", help="用户管理 (accounts)")
    sub = p.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="添加用户（密码取自 FPREG_NEW_PASSWORD 或提示输入）")
    add.add_argument("username")
    add.add_argument("--name", default="")
    add.add_argument("--role", choices=sorted(ROLES), default="worker")
    lst = sub.add_parser("list", help="列出用户")
    unlock = sub.add_parser("unlock", help="解锁被锁定的用户")
    unlock.add_argument("username")
    for q in (add, lst, unlock):
        add_db_argument(q)
        add_json_argument(q)
        q.add_argument("--user", default=None, help="以此用户身份执行（默认：系统）")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    try:
        if args.action == "add":
            password = os.environ.get("FPREG_NEW_PASSWORD") or getpass.getpass("新用户的密码: ")
            create_user(session, args.username, args.name or args.username, args.role, password)
            emit(args, {"ok": True, "username": args.username}, f"已添加用户 {args.username}")
        elif args.action == "unlock":
            unlock_user(session, args.username)
            emit(args, {"ok": True}, f"已解锁 {args.username}")
        else:
            users = [
                {"username": u.username, "name": u.display_name, "role": u.role, "active": u.active}
                for u in User.select().order_by(User.username)
            ]
            emit(args, users, "\n".join(f"{u['username']}\t{u['name']}\t{ROLES[u['role']]}" for u in users))
    except AuthError as exc:
        raise CommandError(str(exc)) from exc
    return 0
