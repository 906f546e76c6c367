"""fpreg return: the monthly/quarterly/yearly return, its logic checks, and the township sum (issue 6).

    fpreg return --db F --period 2026-11 --format pdf --out 月报.pdf [--explanation "…"] [--no-close]
    fpreg return check --db F --period 2026-11
    fpreg return township --db F --period 2026-11 [--files a.json b.json] --format xlsx --out 汇总.xlsx

Exporting closes the period (the return as sent is stored and synced); a closed period exports
the stored return again. Failed logic checks stop the export unless --explanation says why.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from app.returns.periods import PeriodError, parse_reportable

FORMAT_CHOICES = ("pdf", "xlsx", "csv", "json", "adx", "dhis2")
# Exit code when logic checks failed (check) or stopped an export without an explanation.
CHECKS_FAILED = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("return", help="计生报表：计算、检查、导出 (the return)")
    p.add_argument("action", nargs="?", choices=("export", "check", "township"), default="export",
                   help="export 导出（默认，并关账）/ check 逻辑检查 / township 乡镇汇总")
    add_db_argument(p)
    add_json_argument(p)
    p.add_argument("--period", required=True, help="2026-11 | 2026Q4 | 2026 | FY2026 | FY2026H1")
    p.add_argument("--format", dest="fmt", choices=FORMAT_CHOICES, default="pdf")
    p.add_argument("--out", type=Path, default=None, help="输出文件或文件夹 (output file or folder)")
    p.add_argument("--site", default=None, help="站点代码（默认本站）(site code; default: this site)")
    p.add_argument("--explanation", default="", help="逻辑检查未通过时的报送说明 (why send despite failed checks)")
    p.add_argument("--no-close", action="store_true", help="只导出预览，不关账 (preview: do not close the period)")
    p.add_argument("--files", type=Path, nargs="*", default=None, help="township: 村报表JSON文件 (village return files)")
    p.add_argument("--date", type=dt.date.fromisoformat, default=None, help="按哪天计算 YYYY-MM-DD (default today)")
    p.add_argument("--user", default=None, help="以此用户名办理 (密码取自 FPREG_PASSWORD)")
    p.set_defaults(handler=run)


def _checks_text(results) -> list[str]:
    lines = []
    for c in results:
        mark = "✓" if c.ok else ("✗" if c.severity == "error" else "!")
        line = f"{mark} {c.title}"
        if c.message:
            line += f"：{c.message}"
        if c.uuids:
            line += "\n    " + " ".join(c.uuids[:20]) + (" …" if len(c.uuids) > 20 else "")
        lines.append(line)
    return lines


def _checks_json(results) -> list[dict]:
    return [{"code": c.code, "title": c.title, "ok": c.ok, "severity": c.severity, "message": c.message,
             "uuids": c.uuids} for c in results]


def _write(ret, fmt: str, out: Path | None, checks) -> Path:
    from app.returns.export import file_name, render
    from app.returns.usb import write_verified

    out = out or Path(file_name(ret, fmt))
    if out.is_dir():
        out = out / file_name(ret, fmt)
    try:
        return write_verified(out.parent if str(out.parent) else Path("."), out.name, render(ret, fmt, checks=checks))
    except OSError as exc:
        raise CommandError(str(exc)) from exc


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    today = args.date or dt.date.today()
    try:
        period = parse_reportable(args.period, today)
    except PeriodError as exc:
        raise CommandError(str(exc)) from exc
    if args.action == "township":
        return _township(args, period)
    from app.returns.checks import failures, run_checks
    from app.returns.store import ReturnError, close_return, prepare
    from app.sites import local_site

    session = cli_session(args)
    site = args.site or local_site().code
    try:
        prepared = prepare(period, site, today=today, prepared_by=session.display_name)
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc
    ret = prepared.ret
    results = run_checks(ret)
    failed = failures(results)
    lines = [f"{ret.site_name}（{site}）{period.label()}"]
    if prepared.closed is not None:
        lines.append(f"此期已于{ret.closed_at}关账报送；导出的是已报送的版本。")
        if prepared.differences:
            lines.append(f"重新计算有{len(prepared.differences)}项与已报送的不同，将作为更正在下一期报表中报告：")
            lines += [f"  {c.label}（{c.code}）：原报{c.sent}，现为{c.now}" for c in prepared.differences]
    if ret.corrections:
        lines.append(f"本期报表包含对已报送期的{len(ret.corrections)}项更正。")
    data = {"ok": not failed, "site": site, "period": period.code, "closed": prepared.closed is not None,
            "checks": _checks_json(results),
            "differences": [c.__dict__ for c in prepared.differences],
            "corrections": [c.__dict__ for c in ret.corrections], "values": ret.values()}
    if args.action == "check":
        lines += _checks_text(results)
        lines.append("逻辑检查全部通过" if not failed else f"有{len(failed)}项逻辑检查未通过")
        emit(args, data, "\n".join(lines))
        return CHECKS_FAILED if failed else 0
    if prepared.closed is None and failed and not args.explanation.strip() and not args.no_close:
        lines += _checks_text(failed)
        lines.append(f"有{len(failed)}项逻辑检查未通过：请改正后再导出，或用 --explanation 写明报送说明"
                     "（或 --no-close 只导出预览）")
        raise CommandError("\n".join(lines), CHECKS_FAILED)
    if prepared.closed is None and not args.no_close:
        try:
            close_return(session, ret, explanation=args.explanation, formats=[args.fmt])
        except (ReturnError, *USER_ERRORS) as exc:
            raise CommandError(str(exc)) from exc
        lines.append(f"已关账：{period.code}")
    path = _write(ret, args.fmt, args.out, results)
    lines.append(f"已写出并校验：{path}")
    data["out"] = str(path)
    emit(args, data, "\n".join(lines))
    return 0


def _township(args: argparse.Namespace, period) -> int:
    from app.returns.checks import run_checks
    from app.returns.township import TownshipError, township_from_files, township_return

    try:
        if args.files:
            ret = township_from_files(args.files, period)
        else:
            ret = township_return(period, [args.site] if args.site else None)
    except TownshipError as exc:
        raise CommandError(str(exc)) from exc
    results = run_checks(ret)
    path = _write(ret, args.fmt, args.out, results)
    missing = ret.evidence.get("villages_missing", [])
    lines = [f"汇总{len(ret.sources)}个村：{', '.join(ret.sources)}"]
    if missing:
        lines.append(f"尚未收到报表的村：{', '.join(missing)}")
    lines.append(f"已写出并校验：{path}")
    emit(args, {"ok": True, "sources": ret.sources, "missing": missing, "out": str(path), "values": ret.values()},
         "\n".join(lines))
    return 0
