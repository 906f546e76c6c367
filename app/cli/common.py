"""Shared pieces of the commands: opening the database, output as text or JSON, errors."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import platformdirs

from app.auth import AuthError, Session, login, system_session
from app.register import RegisterError
from app.sites import SiteError, local_site
from db.connection import DatabaseFileError
from db.schema import open_sqlite

# Errors whose message is already the whole story for the user.
USER_ERRORS = (DatabaseFileError, SiteError, AuthError, RegisterError, ValueError)


class CommandError(RuntimeError):
    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir("fpreg", appauthor=False))


def default_db() -> Path:
    """The database chosen in the first-run wizard, else <user data dir>/fpreg.db."""
    from app.first_run import configured_db

    return configured_db() or data_dir() / "fpreg.db"


def add_db_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--db", type=Path, required=required, default=None if required else default_db(),
        help="数据库文件路径 (database file)",
    )


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="输出JSON (machine-readable output)")


def open_db(path: Path, *, create: bool = False):
    try:
        return open_sqlite(path, create=create)
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc


def cli_session(args: argparse.Namespace) -> Session:
    """The system operator, or a named user when --user is given (password from FPREG_PASSWORD)."""
    import os

    site = local_site()
    username = getattr(args, "user", None)
    if not username:
        return system_session(site.code)
    password = os.environ.get("FPREG_PASSWORD")
    if password is None:
        import getpass

        password = getpass.getpass(f"{username} 的密码: ")
    try:
        return login(username, password, site.code)
    except AuthError as exc:
        raise CommandError(str(exc)) from exc


def emit(args: argparse.Namespace, data: Any, text: str | None = None) -> None:
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    elif text is not None:
        print(text)


def fail(args: argparse.Namespace, message: str, code: int = 1) -> int:
    if getattr(args, "json", False):
        json.dump({"ok": False, "error": message}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    print(f"错误：{message}", file=sys.stderr)
    return code


def add_woman_arguments(parser: argparse.ArgumentParser) -> None:
    """--card UUID or --id-number ID: which woman a scripted entry is about."""
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--card", help="登记卡UUID (card UUID)")
    who.add_argument("--id-number", help="身份证号，15或18位 (ID number)")


def card_from_args(args: argparse.Namespace):
    """The woman's card named by --card or --id-number (a 15-digit ID finds its 18-digit form)."""
    from app import idnumber
    from db.models import Person, WomanCard

    query = WomanCard.select(WomanCard, Person).join(Person)
    if args.card:
        card = query.where(WomanCard.uuid == args.card).first()
        what = f"登记卡 {args.card}"
    else:
        try:
            number = idnumber.parse(args.id_number).number
        except idnumber.IdNumberError as exc:
            raise CommandError(str(exc)) from exc
        card = query.where((Person.id_number == number) & (WomanCard.voided == False)).first()  # noqa: E712
        what = f"身份证号为 {args.id_number} 的登记妇女"
    if card is None:
        raise CommandError(f"没有{what}")
    return card
