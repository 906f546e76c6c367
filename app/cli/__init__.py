"""`fpreg`: the command line. Every main job has a command calling the same services as the GUI.

Each command lives in its own module with a `register(subparsers)` function; the modules are
listed in COMMAND_MODULES so that adding a command never means editing another command.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from app.cli.common import CommandError, fail

COMMAND_MODULES = (
    "app.cli.cmd_init",
    "app.cli.cmd_demo",
    "app.cli.cmd_search",
    "app.cli.cmd_check",
    "app.cli.cmd_import",
    "app.cli.cmd_export",
    "app.cli.cmd_due",
    "app.cli.cmd_record_visit",
    "app.cli.cmd_record_event",
    "app.cli.cmd_rules",
    "app.cli.cmd_users",
    "app.cli.cmd_stock",
    "app.cli.cmd_incentives",
    "app.cli.cmd_disclose",
    "app.cli.cmd_return",
    "app.cli.cmd_sync",
    "app.cli.cmd_township",
    "app.cli.cmd_backup",
    "app.cli.cmd_gui",
)


class _VersionAction(argparse.Action):
    """--version, reading the version (pyproject.toml) only when asked, not at every start."""

    def __call__(self, parser, namespace, values, option_string=None):
        from app import __version__

        print(f"fpreg {__version__}")
        parser.exit()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """All commands, or only the module `only` (app.cli.cmd_gui: the window opens sooner
    without importing every other command's services)."""
    parser = argparse.ArgumentParser(
        prog="fpreg", description="村计生服务室登记系统 FP Register"
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="显示版本号并退出 (show the version)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if only is None or name == only:
            importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_given = sys.argv[1:] if argv is None else argv
    parser = build_parser("app.cli.cmd_gui" if args_given[:1] == ["gui"] else None)
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except CommandError as exc:
        return fail(args, str(exc), exc.code)
    except KeyboardInterrupt:
        return fail(args, "已中断", 130)


if __name__ == "__main__":
    sys.exit(main())
