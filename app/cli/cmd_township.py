"""fpreg township: the township's views over its villages (duplicates, submissions, transfers).

    fpreg township duplicates [--kind id_number|name_birth]
    fpreg township submissions [--period 2026-10 ...] [--months 6] [--date D]
    fpreg township transfer list [--status open]
    fpreg township transfer request --card UUID --to V002 [--note …]     (at the township)
    fpreg township transfer cancel --request UUID --reason …            (at the township)
    fpreg township transfer close-finished                              (at the township)
    fpreg township transfer out --request UUID [--date D]               (at village A)
    fpreg township transfer receive --request UUID --group N --household H   (at village B)
"""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import (
    USER_ERRORS,
    CommandError,
    add_db_argument,
    add_json_argument,
    cli_session,
    emit,
    open_db,
)
from app.codes import EXIT_REASON, label
from app.township import duplicates, submissions, transfers

_DATE = dt.date.fromisoformat


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("township", help="乡镇汇总：跨村重复、报表报送、转移 (township views)")
    sub = p.add_subparsers(dest="township_command", metavar="WHAT", required=True)

    d = sub.add_parser("duplicates", help="跨村重复登记 (same woman in two villages)")
    _common(d)
    d.add_argument("--kind", choices=sorted(duplicates.KINDS), action="append", default=None,
                   help="id_number 身份证号相同 / name_birth 姓名和出生日期相同 (default both)")
    d.set_defaults(handler=run_duplicates)

    s = sub.add_parser("submissions", help="各村报表报送情况 (which village sent which period)")
    _common(s)
    s.add_argument("--period", action="append", default=None, help="报表期 YYYY-MM / YYYY-Qn / YYYY，可重复")
    s.add_argument("--months", type=int, default=6, help="不给 --period 时显示最近几个月 (default 6)")
    s.add_argument("--date", type=_DATE, default=None, help="按哪天判断逾期 YYYY-MM-DD (default today)")
    s.set_defaults(handler=run_submissions)

    t = sub.add_parser("transfer", help="跨村转移申请 (transfer requests)")
    tsub = t.add_subparsers(dest="transfer_command", metavar="STEP", required=True)
    tl = tsub.add_parser("list", help="列出转移申请")
    _common(tl)
    tl.add_argument("--status", choices=sorted(transfers.STATUS), default=None)
    tl.set_defaults(handler=run_transfer_list)
    tr = tsub.add_parser("request", help="乡镇：发起转移（从登记卡所在村转到 --to 村）")
    _common(tr, user=True)
    tr.add_argument("--card", required=True, help="转出村的登记卡UUID")
    tr.add_argument("--to", required=True, help="转入村代码")
    tr.add_argument("--note", default="")
    tr.add_argument("--date", type=_DATE, default=None)
    tr.set_defaults(handler=run_transfer_request)
    tc = tsub.add_parser("cancel", help="乡镇：取消转移申请")
    _common(tc, user=True)
    tc.add_argument("--request", required=True)
    tc.add_argument("--reason", required=True)
    tc.set_defaults(handler=run_transfer_cancel)
    tf = tsub.add_parser("close-finished", help="乡镇：两村都已办理的申请标为完成")
    _common(tf, user=True)
    tf.set_defaults(handler=run_transfer_close)
    to = tsub.add_parser("out", help="转出村：注销她的登记卡（原因：转出）")
    _common(to, user=True)
    to.add_argument("--request", required=True)
    to.add_argument("--date", type=_DATE, default=None, help="转出日期 (default today)")
    to.set_defaults(handler=run_transfer_out)
    ti = tsub.add_parser("receive", help="转入村：按申请登记她")
    _common(ti, user=True)
    ti.add_argument("--request", required=True)
    ti.add_argument("--group", type=int, required=True, help="村民小组")
    ti.add_argument("--household", required=True, help="户编号")
    ti.add_argument("--address", default="")
    ti.add_argument("--date", type=_DATE, default=None, help="登记日期 (default today)")
    ti.set_defaults(handler=run_transfer_receive)


def _common(parser: argparse.ArgumentParser, *, user: bool = False) -> None:
    add_db_argument(parser)
    add_json_argument(parser)
    if user:
        parser.add_argument("--user", default=None, help="以此用户身份操作（密码取自 FPREG_PASSWORD）")


def _call(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc


def run_duplicates(args: argparse.Namespace) -> int:
    open_db(args.db)
    groups = _call(duplicates.find_duplicates, args.kind or duplicates.KINDS)
    lines = []
    for g in groups:
        lines.append(f"【{duplicates.kind_label(g.kind)}】{g.key}")
        for m in g.members:
            pending = "  转移申请进行中" if m.transfer_uuid else ""
            lines.append(f"  {m.village}({m.site_code})\t{m.name}\t{m.id_number or ''}\t"
                         f"{m.group_number or ''}组 {m.household_number or ''}户\t{m.card_uuid}{pending}")
    lines.append(f"共{len(groups)}组")
    emit(args, [g.as_dict() for g in groups], "\n".join(lines))
    return 0


def run_submissions(args: argparse.Namespace) -> int:
    open_db(args.db)
    today = args.date or dt.date.today()
    periods = args.period or submissions.recent_months(today, args.months)
    rows = _call(submissions.submission_board, periods, today)
    lines = ["村\t" + "\t".join(periods) + "\t最近同步"]
    for r in rows:
        cells = []
        for c in r.cells:
            mark = "✔" if c.state == "on_time" else ("!" if c.highlighted else "·")
            when = f" {c.submitted_at:%m-%d}" if c.submitted_at else ""
            cells.append(f"{mark}{submissions.state_label(c.state)}{when}")
        synced = r.last_sync.isoformat(sep=" ", timespec="minutes") if r.last_sync else "从未"
        lines.append(f"{r.village}\t" + "\t".join(cells) + f"\t{synced}")
    emit(args, {"periods": periods, "date": today.isoformat(), "villages": [r.as_dict() for r in rows]},
         "\n".join(lines))
    return 0


def run_transfer_list(args: argparse.Namespace) -> int:
    open_db(args.db)
    views = _call(transfers.list_transfers, args.status)
    lines = [
        f"{v.requested_date}\t{transfers.status_label(v.status)}\t{v.name}\t{v.from_village}→{v.to_village}\t"
        f"{transfers.progress_label(v.progress)}\t{v.uuid}"
        for v in views
    ]
    lines.append(f"共{len(views)}条")
    emit(args, [v.as_dict() for v in views], "\n".join(lines))
    return 0


def run_transfer_request(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    req = _call(transfers.request_transfer, session, args.card, args.to, note=args.note, today=args.date)
    view = transfers.transfer_progress(req.uuid)
    emit(args, {"ok": True, **view.as_dict()},
         f"已发起转移：{view.name} {view.from_village}→{view.to_village}（{view.uuid}）")
    return 0


def run_transfer_cancel(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    _call(transfers.cancel_transfer, session, args.request, args.reason)
    emit(args, {"ok": True, "uuid": args.request, "status": "cancelled"}, "已取消转移申请")
    return 0


def run_transfer_close(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    n = _call(transfers.close_finished, session)
    emit(args, {"ok": True, "completed": n}, f"{n}个转移申请已完成")
    return 0


def run_transfer_out(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    date = args.date or dt.date.today()
    _call(transfers.carry_out_transfer, session, args.request, date)
    emit(args, {"ok": True, "uuid": args.request, "exit_reason": "transferred", "exit_date": date.isoformat()},
         f"已注销（{label(EXIT_REASON, 'transferred')}，{date}）")
    return 0


def run_transfer_receive(args: argparse.Namespace) -> int:
    open_db(args.db)
    session = cli_session(args)
    card = _call(transfers.receive_transfer, session, args.request, args.group, args.household,
                 address=args.address, registered_date=args.date)
    emit(args, {"ok": True, "uuid": args.request, "card_uuid": card.uuid}, f"已登记，登记卡 {card.uuid}")
    return 0
