"""Benchmark: import a realistic N-row register spreadsheet into a fresh database.

    python -m bench.bench_import [--rows 100000] [--keep DIR]

Builds the .xlsx (not timed), then times import_register and prints rows, seconds, rows/s and
peak RSS. The target is 100,000 rows in at most 60 s on a 2-core PC.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app import idnumber
from app.auth import system_session
from app.sites import init_database

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
FEMALE = "秀英 桂英 秀兰 玉兰 桂兰 凤英 丽 敏 静 艳 娟 霞 燕 玲 芳 红 梅 丹 萍 婷 雪 慧 琳 颖 倩 洁 佳 欣 悦 晶 春燕 海燕 丽华 晓红 小红 金凤 翠花 美玲 淑珍 彩霞".split()
MALE = "伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 建国 建华 志强 国强 海 波 斌 鹏 文 华 林 峰 健 亮".split()
HEADERS = [
    "组别", "户号", "妇女姓名", "公民身份号码", "出生日期", "联系电话", "户口性质", "与户主关系",
    "婚姻状况", "结婚日期", "丈夫姓名", "丈夫身份证号", "避孕措施", "居住情况", "流入地", "流出地",
    "联系人", "联系人电话",
]
STATUS = ["上环"] * 40 + ["女扎"] * 15 + ["避孕套"] * 12 + ["皮埋"] * 3 + ["口服药"] * 3 + \
    ["现孕"] * 4 + ["待孕"] * 6 + ["未避孕"] * 5 + ["绝经"] * 8 + ["男扎"] * 2 + ["不孕"] * 2
AREAS = ("110101", "130102", "320102", "410102", "510104")


def make_rows(count: int, groups: int = 10, today: dt.date | None = None, seed: int = 7) -> list[list]:
    """count valid rows: unique IDs, about 1.4 women per household, a realistic status mix."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    rows: list[list] = []
    household = 0
    sequence: dict[tuple[str, dt.date], int] = {}
    while len(rows) < count:
        household += 1
        group = rng.randint(1, groups)
        hukou = rng.choices(("农业", "非农业"), (9, 1))[0]
        for member in range(rng.choice((1, 1, 1, 2, 2, 3))):
            if len(rows) >= count:
                break
            age = rng.randint(16, 48)
            birth = today - dt.timedelta(days=int((age + 1) * 365.25) - rng.randint(1, 360))
            area = rng.choice(AREAS)
            seq = sequence.get((area, birth), 0) + 2  # even sequence: a woman
            sequence[(area, birth)] = seq
            married = member == 0 and age >= 21 or rng.random() < 0.3 and age >= 22
            relation = ("户主" if rng.random() < 0.08 else "妻") if member == 0 else rng.choice(("儿媳", "女"))
            residence = rng.choices(("常住", "流入", "流出"), (85, 7, 8))[0]
            husband_birth = birth - dt.timedelta(days=rng.randint(0, 1500))
            rows.append([
                group,
                f"{group:02d}{household:05d}",
                rng.choice(SURNAMES) + rng.choice(FEMALE),
                idnumber.make(area, birth, seq),
                birth,
                f"1{rng.choice('3578')}{rng.randint(0, 999999999):09d}",
                hukou,
                relation,
                "已婚" if married else "未婚",
                min(birth + dt.timedelta(days=21 * 365 + rng.randint(0, 2000)), today - dt.timedelta(days=30))
                if married else None,
                rng.choice(SURNAMES) + rng.choice(MALE) if married else "",
                idnumber.make(area, husband_birth, 1 + 2 * rng.randint(0, 400)) if married else "",
                rng.choice(STATUS) if married else "",
                residence,
                "河南省周口市" if residence == "流入" else "",
                "广东省东莞市" if residence == "流出" else "",
                rng.choice(SURNAMES) + rng.choice(MALE) if residence == "流出" else "",
                f"139{rng.randint(0, 99999999):08d}" if residence == "流出" else "",
            ])
    return rows


def write_xlsx(path: Path, rows: list[list]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("育龄妇女")
    sheet.append(["红旗村育龄妇女登记册"])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_import")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the files in this folder")
    parser.add_argument("--build-only", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build_only:
        write_xlsx(args.build_only, make_rows(args.rows))
        return 0

    from app.register_io import import_register

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        sheet_path = folder / f"register_{args.rows}.xlsx"
        db_path = folder / f"bench_import_{args.rows}.db"
        if db_path.exists():
            db_path.unlink()
        built = time.perf_counter()
        # Built in a child process so that the peak RSS below is the import's own.
        subprocess.run(
            [sys.executable, "-m", "bench.bench_import", "--rows", str(args.rows), "--build-only", str(sheet_path)],
            check=True,
        )
        built = time.perf_counter() - built
        db = init_database(db_path, site_code="V001", site_name="红旗村", kind="village", groups=10)
        session = system_session("V001")
        started = time.perf_counter()
        report = import_register(sheet_path, session)
        seconds = time.perf_counter() - started
        db.close()
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print("bench_import: import_register of a generated .xlsx into a fresh SQLite database")
        print(f"rows            {report.read}")
        print(f"imported        {report.imported}")
        print(f"refused         {report.refused}")
        print(f"households      {report.households_created}")
        print(f"file MiB        {sheet_path.stat().st_size / 2**20:.1f} (built in {built:.1f} s, not timed)")
        print(f"seconds         {seconds:.1f}")
        print(f"rows/s          {report.read / seconds:.0f}")
        print(f"peak RSS MiB    {peak_kib / 1024:.0f}")
        if report.refused:
            print(report.as_text()[:2000], file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
