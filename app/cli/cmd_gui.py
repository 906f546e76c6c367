"""fpreg gui: open the desktop application (the only command that imports Qt)."""

from __future__ import annotations

import argparse

from app.cli.common import add_db_argument


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gui", help="打开图形界面 (open the GUI)")
    add_db_argument(p)
    p.add_argument("--demo", action="store_true", help="数据库不存在时创建演示数据库")
    p.add_argument("--lang", default=None, help="界面语言 zh_CN 或 en")
    p.add_argument("--smoke", action="store_true",
                   help="自检：打开登录窗口（--demo 时再打开主窗口）后退出 (smoke test)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "smoke", False):
        from ui.smoke import run_smoke

        return run_smoke(args)
    from ui.application import run_gui

    return run_gui(args)
