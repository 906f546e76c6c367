"""fpreg record-event: record a life event, a method start or stop, a procedure or a check."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from app.cli.common import (
    USER_ERRORS,
    CommandError,
    add_db_argument,
    add_json_argument,
    add_woman_arguments,
    card_from_args,
    cli_session,
    emit,
    open_db,
)
from app.codes import CHECK_KIND, EVENT_KIND, METHODS, PROCEDURE_KIND, STOP_REASON
from app.events import record_event
from app.methods import MethodForm, open_episode, start_method, stop_method
from app.procedures import record_check, record_procedure
from db.models import WomanCard

SERVICE_KINDS = ("method_start", "method_stop", "procedure", "check")

EPILOG = """\
种类 (--kind):
  生活事件 life events: {events}
    --detail 以JSON给出事件内容，例如 (event detail as JSON, e.g.):
      pregnancy_outcome  {{"outcome": "live_birth", "child_name": "李小明", "child_sex": "M"}}
      marriage           {{"husband_name": "刘强", "husband_id_number": "…", "kind": "first"}}
      moved_in           {{"origin": "河南省周口市"}}
      status_declared    {{"status": "waiting"}}
  method_start  开始使用避孕方法: --method M [--method-detail D] [--counselled] [--explained a,b]
                [--own-choice | --not-own-choice] [--switch-reason R] [--place] [--provider]
  method_stop   停用: --reason R [--episode UUID，默认为正在使用的方法]
  procedure     手术: --procedure K [--implant-type T] [--place] [--provider] [--result]
  check         检查: --check K [--partner PERSON_UUID] [--place] [--provider] [--result]
  --date 为事件、开始、停用、手术或检查的日期 (the date of the event, start, stop, procedure or check).

退出码 (exit status): 0 已登记 recorded; 1 输入有误或数据库无法使用，什么都没有写入
  (bad input or unusable database; nothing was written); 2 参数错误 (usage error).
""".format(events=", ".join(EVENT_KIND))


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "record-event", help="登记生活事件、避孕方法、手术或检查 (record an event, method, procedure or check)",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_argument(p)
    add_json_argument(p)
    add_woman_arguments(p)
    p.add_argument("--kind", required=True, choices=[*EVENT_KIND, *SERVICE_KINDS], metavar="KIND",
                   help="种类，见下 (kind, see below)")
    p.add_argument("--date", type=dt.date.fromisoformat, required=True, help="日期 YYYY-MM-DD")
    p.add_argument("--detail", default=None, help="事件内容JSON (event detail as JSON)")
    p.add_argument("--method", choices=sorted(METHODS), help="避孕方法 (method_start)")
    p.add_argument("--method-detail", default=None, help="针剂种类或皮埋型号 (injectable kind / implant type)")
    p.add_argument("--counselled", action="store_true", help="已咨询 (counselling given)")
    p.add_argument("--explained", default="", help="介绍过的方法，逗号分隔 (methods explained, comma-separated)")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--own-choice", dest="own_choice", action="store_const", const=True, default=None,
                        help="本人自主选择 (her own choice)")
    choice.add_argument("--not-own-choice", dest="own_choice", action="store_const", const=False)
    p.add_argument("--switch-reason", choices=sorted(STOP_REASON), default=None, help="换用时原方法的停用原因")
    p.add_argument("--reason", choices=sorted(STOP_REASON), help="停用原因 (method_stop)")
    p.add_argument("--episode", default=None, help="要停用的方法记录UUID (method_stop)")
    p.add_argument("--procedure", choices=sorted(PROCEDURE_KIND), help="手术种类 (procedure)")
    p.add_argument("--implant-type", default=None, help="皮埋型号 (implant type)")
    p.add_argument("--check", choices=sorted(CHECK_KIND), help="检查种类 (check)")
    p.add_argument("--partner", default=None, help="配偶的人员UUID (pre-pregnancy check)")
    p.add_argument("--place", default="", help="地点 (place)")
    p.add_argument("--provider", default="", help="服务者 (provider)")
    p.add_argument("--result", default="", help="结果 (result)")
    p.add_argument("--user", default=None, help="以此用户登记（密码取自 FPREG_PASSWORD）")
    p.add_argument("--today", type=dt.date.fromisoformat, default=None, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def _need(args: argparse.Namespace, option: str) -> str:
    value = getattr(args, option.replace("-", "_"))
    if not value:
        raise CommandError(f"--kind {args.kind} 需要 --{option}")
    return value


def _detail(args: argparse.Namespace) -> dict:
    if not args.detail:
        return {}
    try:
        detail = json.loads(args.detail)
    except json.JSONDecodeError as exc:
        raise CommandError(f"--detail 不是有效的JSON：{exc}") from exc
    if not isinstance(detail, dict):
        raise CommandError("--detail 应为JSON对象，如 {\"status\": \"waiting\"}")
    return detail


def _record(args: argparse.Namespace, card: WomanCard) -> tuple[str, str, str]:
    """Call the service for the kind; returns (table, row uuid, text for the user)."""
    session = cli_session(args)
    kind, day, today = args.kind, args.date, args.today
    if kind == "method_start":
        form = MethodForm(
            _need(args, "method"), args.method_detail, start_date=day, provider=args.provider, place=args.place,
            counselled=args.counselled, methods_explained=[m.strip() for m in args.explained.split(",") if m.strip()],
            own_choice=args.own_choice,
        )
        row = start_method(session, card.uuid, form, today, switch_reason=args.switch_reason)
        return "method_episode", row.uuid, f"已登记开始使用 {row.method}（{day}）"
    if kind == "method_stop":
        reason = _need(args, "reason")
        episode_uuid = args.episode
        if not episode_uuid:
            running = open_episode(card.person_id)
            if running is None:
                raise CommandError("她没有正在使用的避孕方法")
            episode_uuid = running.uuid
        row = stop_method(session, episode_uuid, day, reason, today)
        return "method_episode", row.uuid, f"已登记停用 {row.method}（{day}）"
    if kind == "procedure":
        row = record_procedure(session, card.uuid, _need(args, "procedure"), day, place=args.place,
                               provider=args.provider, result=args.result, implant_type=args.implant_type,
                               today=today)
        return "procedure", row.uuid, f"已登记手术 {row.kind}（{day}）"
    if kind == "check":
        row = record_check(session, card.uuid, _need(args, "check"), day, place=args.place, provider=args.provider,
                           result=args.result, partner_uuid=args.partner, today=today)
        return "health_check", row.uuid, f"已登记检查 {row.kind}（{day}）"
    row = record_event(session, card.uuid, kind, day, _detail(args), today)
    return "life_event", row.uuid, f"已登记 {kind}（{day}）"


def run(args: argparse.Namespace) -> int:
    open_db(args.db)
    card = card_from_args(args)
    try:
        table, uuid, text = _record(args, card)
    except USER_ERRORS as exc:
        raise CommandError(str(exc)) from exc
    status = WomanCard.select(WomanCard.current_status).where(WomanCard.id == card.id).scalar()
    emit(args, {"ok": True, "kind": args.kind, "table": table, "uuid": uuid, "date": args.date.isoformat(),
                "card_uuid": card.uuid, "current_status": status}, f"{text}，当前状况：{status or '（未填）'}")
    return 0
