"""fpreg demo: create a new database holding a realistic demo village."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.cli.common import USER_ERRORS, CommandError, add_json_argument, emit
from app.demo import create_demo


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo", help="生成演示数据库 (create a demo database)",
        description="生成一个演示用的村数据库（用户 admin/admin123、worker/worker123）；不会覆盖已有文件。",
    )
    p.add_argument("--db", type=Path, required=True, help="新数据库文件路径 (new database file)")
    p.add_argument("--women", type=int, default=800, help="育龄妇女人数 (women 15–49 on the register)")
    p.add_argument("--seed", type=int, default=1, help="随机种子 (same seed, same village)")
    add_json_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        info = create_demo(args.db, args.women, seed=args.seed)
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc
    seconds = round(time.perf_counter() - started, 1)
    data = {
        "ok": True, "db": str(info.path), "site_code": info.site_code, "groups": info.groups,
        "households": info.households, "persons": info.persons, "women": info.women,
        "cards": info.cards, "married_women": info.married_women, "marriages": info.marriages,
        "births_last_year": info.births_last_year, "seconds": seconds,
    }
    emit(args, data, (
        f"已生成演示数据库 {info.path}（{seconds}秒）：{info.groups}个村民小组，{info.households}户，"
        f"{info.persons}人，育龄妇女{info.women}人（其中已婚{info.married_women}人），"
        f"近一年出生{info.births_last_year}人。用户：admin/admin123，worker/worker123"
    ))
    return 0
