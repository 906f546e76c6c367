"""fpreg check: the database's integrity and the register's hygiene (缺项漏项, 重复录入, 逻辑关系)."""

from __future__ import annotations

import argparse
from collections import Counter

from app.checks import run_checks
from app.cli.common import add_db_argument, add_json_argument, emit, open_db


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check", help="检查数据库与登记册 (check the database and the register)",
        description=(
            "检查数据库文件完整性与外键，再检查登记册：缺项漏项、身份证号重复、身份证号与出生日期/性别不符、"
            "母亲生育时不满15岁、满50岁未注销、已婚无婚姻登记、男性有育龄妇女卡。"
            "退出码：0 = 没有发现问题，1 = 发现问题 (exit code 0 when clean, 1 when problems are found)。"
        ),
    )
    add_db_argument(p)
    add_json_argument(p)
    p.add_argument("--quick", action="store_true", help="用 quick_check 代替 integrity_check（快，不核对索引）")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    findings = run_checks(quick=args.quick)
    data = [f.as_dict() for f in findings]
    if findings:
        kinds = Counter(f.kind for f in findings)
        summary = "，".join(f"{k} {n}条" for k, n in kinds.items())
        text = "\n".join(f.message for f in findings) + f"\n共发现{len(findings)}个问题（{summary}）"
    else:
        text = "检查完毕，没有发现问题"
    emit(args, data, text)
    return 1 if findings else 0
