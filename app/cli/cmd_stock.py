"""fpreg stock: receive, issue, adjust, count, reverse, close, card, lots, status, report (issue 4);
dispatch, dispatches, cancel-dispatch (township), pending, confirm (village) for stock sent by the
township."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from app.cli.common import (
    USER_ERRORS,
    CommandError,
    add_db_argument,
    add_json_argument,
    card_from_args,
    cli_session,
    emit,
    open_db,
)

_date = dt.date.fromisoformat


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("stock", help="药具库存 (contraceptive stock)")
    sub = p.add_subparsers(dest="stock_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        a = sub.add_parser(name, help=help_text)
        add_db_argument(a)
        add_json_argument(a)
        a.add_argument("--user", default=None, help="以此用户登记（密码取自 FPREG_PASSWORD）")
        a.add_argument("--today", type=_date, default=None, help=argparse.SUPPRESS)
        a.set_defaults(handler=handler)
        return a

    a = action("receive", "入库 (receipt from the township)", run_receive)
    a.add_argument("--commodity", required=True, help="商品代码 (commodity code)")
    a.add_argument("--lot", required=True, help="批号 (lot number)")
    a.add_argument("--expiry", type=_date, required=True, help="有效期至 YYYY-MM-DD")
    a.add_argument("--quantity", type=int, required=True, help="数量 (units)")
    a.add_argument("--document", required=True, help="入库单号 (voucher number)")
    a.add_argument("--date", type=_date, default=None, help="入库日期 (default today)")
    a.add_argument("--note", default="")

    a = action("issue", "发放 (issue to a woman or a distribution point)", run_issue)
    a.add_argument("--commodity", required=True)
    a.add_argument("--quantity", type=int, required=True)
    a.add_argument("--lot", default=None, help="批号 (default: first expiry, first out)")
    a.add_argument("--date", type=_date, default=None)
    who = a.add_mutually_exclusive_group(required=True)
    who.add_argument("--card", help="登记卡UUID：发给这位妇女并登记随访")
    who.add_argument("--id-number", help="身份证号：发给这位妇女并登记随访")
    who.add_argument("--visit", help="随访UUID：在这次已登记的随访中发放")
    who.add_argument("--to", dest="destination", help="发放点 (distribution point)")
    a.add_argument("--note", default="")

    a = action("adjust", "调整 (expired, damaged, lost, returned, transfer out, count correction)", run_adjust)
    a.add_argument("--commodity", required=True)
    a.add_argument("--lot", required=True)
    a.add_argument("--reason", required=True,
                   choices=["expired", "damaged", "lost", "returned", "transfer_out", "count_correction"])
    a.add_argument("--quantity", type=int, required=True,
                   help="减少的数量；盘点更正可为正负 (units removed; signed for count_correction)")
    a.add_argument("--date", type=_date, default=None)
    a.add_argument("--note", default="")

    a = action("count", "盘点 (physical count of one lot)", run_count)
    a.add_argument("--commodity", required=True)
    a.add_argument("--lot", required=True)
    a.add_argument("--counted", type=int, required=True, help="实盘数量 (units on the shelf)")
    a.add_argument("--date", type=_date, default=None)
    a.add_argument("--note", default="")

    a = action("reverse", "冲销一笔记录 (reverse an action)", run_reverse)
    a.add_argument("--action", required=True, help="要冲销的操作UUID (action UUID)")
    a.add_argument("--reason", required=True, help="冲销原因")
    a.add_argument("--date", type=_date, default=None)

    a = action("close", "月结 (close a month)", run_close)
    a.add_argument("--month", required=True, help="YYYY-MM")

    a = action("card", "库存卡 (stock card of a commodity)", run_card)
    a.add_argument("--commodity", required=True)
    a.add_argument("--from", dest="start", type=_date, default=None)
    a.add_argument("--to", dest="end", type=_date, default=None)

    a = action("lots", "各批号库存 (stock on hand per lot)", run_lots)
    a.add_argument("--near-expiry", action="store_true", help="只列近效期（≤90天）和已过期的批号")

    action("status", "库存月数与建议订货量 (months of stock, order)", run_status)

    a = action("catalogue", "商品目录及CYP系数 (commodity catalogue)", run_catalogue)
    a.add_argument("--import", dest="import_file", type=Path, default=None,
                   help="导入新版本的商品目录 JSON（乡镇）(import a new catalogue version)")

    a = action("report", "月度库存报告与申领单 (monthly report and requisition)", run_report)
    a.add_argument("--month", required=True, help="YYYY-MM")
    a.add_argument("--format", choices=("pdf", "xlsx", "json"), default="json")
    a.add_argument("--out", type=Path, default=None, help="输出文件（json 默认输出到屏幕）")
    a.add_argument("--all-sites", action="store_true", help="汇总本库中所有站点（乡镇）")

    a = action("dispatch", "调拨药具到村（乡镇）(dispatch stock to a village)", run_dispatch)
    a.add_argument("--to", dest="to_site", required=True, help="村的站点代码 (village code)")
    a.add_argument("--line", dest="lines", action="append", required=True, metavar="CODE:LOT:EXPIRY:QTY",
                   help="一行：商品代码:批号:有效期:数量，可重复 (repeatable)")
    a.add_argument("--date", type=_date, default=None, help="调拨日期 (default today)")
    a.add_argument("--number", default=None, help="调拨单号（默认自动编号）")
    a.add_argument("--note", default="")

    a = action("dispatches", "调拨单及各村收货情况（乡镇）(dispatch status)", run_dispatches)
    a.add_argument("--to", dest="to_site", default=None, help="只列这个村 (one village)")

    a = action("cancel-dispatch", "作废村尚未确认收货的调拨单（乡镇）(withdraw a dispatch)", run_cancel_dispatch)
    a.add_argument("dispatch", metavar="DISPATCH", help="调拨单号或UUID")
    a.add_argument("--reason", required=True, help="作废原因 (why)")

    action("pending", "待收货的乡镇调拨单（村）(pending receipts)", run_pending)

    a = action("confirm", "确认收到乡镇调拨的药具（村）(confirm a receipt)", run_confirm)
    a.add_argument("dispatch", metavar="DISPATCH", help="调拨单号或UUID")
    a.add_argument("--line", dest="lines", action="append", default=[], metavar="N:QTY",
                   help="第N行实收数量（未列出的行按调拨数量全收），可重复")
    a.add_argument("--reason", default="", help="实收与调拨不符的原因")
    a.add_argument("--date", type=_date, default=None, help="收货日期 (default today)")


def _session(args):
    open_db(args.db)
    return cli_session(args)


def _call(fn, *a, **kw):
    try:
        return fn(*a, **kw)
    except (*USER_ERRORS, OSError) as exc:
        raise CommandError(str(exc)) from exc


def _today(args) -> dt.date:
    return args.today or dt.date.today()


def _done(args, result, text: str) -> int:
    emit(args, {"ok": True, "action_uuid": result.action_uuid, "visit_uuid": result.visit_uuid,
                "lines": [{"lot": ln.lot.lot_number, "kind": ln.kind, "quantity": ln.quantity} for ln in result.lines]},
         f"{text}（操作 {result.action_uuid}）")
    return 0


def run_receive(args) -> int:
    from app.stock import ledger

    session = _session(args)
    line = ledger.ReceiptLine(args.commodity, args.lot, args.expiry, args.quantity)
    result = _call(ledger.receive, session, day=args.date or _today(args), document_number=args.document,
                   lines=[line], note=args.note, today=_today(args))
    return _done(args, result, f"已入库 {args.commodity} 批号{args.lot} {args.quantity}")


def run_issue(args) -> int:
    from app.stock import ledger

    session = _session(args)
    card_uuid = card_from_args(args).uuid if (args.card or args.id_number) else None
    form = ledger.IssueForm(args.commodity, args.date or _today(args), args.quantity, lot_number=args.lot,
                            card_uuid=card_uuid, visit_uuid=args.visit, destination=args.destination, note=args.note)
    result = _call(ledger.issue, session, form, _today(args))
    lots = "、".join(f"{ln.lot.lot_number}×{-ln.quantity}" for ln in result.lines)
    return _done(args, result, f"已发放 {args.commodity} {args.quantity}（批号 {lots}）")


def run_adjust(args) -> int:
    from app.stock import ledger

    session = _session(args)
    result = _call(ledger.adjust, session, day=args.date or _today(args), commodity_code=args.commodity,
                   lot_number=args.lot, reason=args.reason, quantity=args.quantity, note=args.note,
                   today=_today(args))
    return _done(args, result, f"已调整 {args.commodity} 批号{args.lot} {result.lines[0].quantity:+d}")


def run_count(args) -> int:
    from app.stock import ledger

    session = _session(args)
    result = _call(ledger.count, session, day=args.date or _today(args), commodity_code=args.commodity,
                   lot_number=args.lot, counted=args.counted, note=args.note, today=_today(args))
    book = result.lines[0].book_balance
    return _done(args, result, f"已盘点 {args.commodity} 批号{args.lot}：实盘 {args.counted}，账面 {book}")


def run_reverse(args) -> int:
    from app.stock import ledger

    session = _session(args)
    result = _call(ledger.reverse, session, args.action, args.reason, day=args.date, today=_today(args))
    return _done(args, result, f"已冲销 {len(result.lines)} 行")


def run_close(args) -> int:
    from app.stock import ledger

    session = _session(args)
    row = _call(ledger.close_month, session, args.month, today=_today(args))
    emit(args, {"ok": True, "month": row.month, "uuid": row.uuid}, f"{row.month} 已结账")
    return 0


def run_card(args) -> int:
    from app.stock.catalogue import commodity
    from app.stock.views import stock_card

    session = _session(args)
    info = _call(commodity, args.commodity)
    opening, lines = stock_card(args.commodity, session.site_code, args.start, args.end)
    data = {"commodity": info.code, "name": info.name, "unit": info.unit, "opening": opening,
            "closing": lines[-1].balance if lines else opening,
            "lines": [{"date": ln.date.isoformat(), "kind": ln.kind, "lot": ln.lot_number, "quantity": ln.quantity,
                       "balance": ln.balance, "source": ln.source, "action_uuid": ln.action_uuid,
                       "reversal": ln.reversal, "by": ln.by} for ln in lines]}
    text = [f"库存卡：{info.name}（{info.unit}）　期初 {opening}"]
    text += [f"{ln.date}\t{ln.lot_number}\t{ln.quantity:+d}\t结存 {ln.balance}\t{ln.source}" for ln in lines]
    emit(args, data, "\n".join(text))
    return 0


def run_lots(args) -> int:
    from app.stock.views import lots_on_hand, near_expiry

    session = _session(args)
    today = _today(args)
    rows = near_expiry(session.site_code, today) if args.near_expiry else lots_on_hand(session.site_code, today)
    data = [{"commodity": r.commodity_code, "name": r.commodity_name, "lot": r.lot_number,
             "expiry": r.expiry_date.isoformat(), "balance": r.balance, "days_left": r.days_left, "state": r.state}
            for r in rows]
    state = {"expired": "已过期", "near": "近效期", "ok": ""}
    emit(args, data, "\n".join(
        [f"{r.commodity_name}\t{r.lot_number}\t{r.expiry_date}\t{r.balance}{r.unit}\t{state[r.state]}" for r in rows]
        + [f"共{len(rows)}个批号"]))
    return 0


def run_status(args) -> int:
    from app.stock.codes import MOS_BAND, label
    from app.stock.views import stock_status

    session = _session(args)
    rows = stock_status(session.site_code, _today(args))
    data = [{"commodity": r.code, "name": r.name, "balance": r.balance, "usable": r.usable, "amc": r.amc,
             "mos": r.mos, "band": r.band, "suggested_order": r.suggested_order, "near_expiry": r.near_expiry}
            for r in rows]
    emit(args, data, "\n".join(
        f"{r.name}\t结存 {r.balance}{r.unit}\t月均 {r.amc}\t可用月数 {r.mos if r.mos is not None else '-'}\t"
        f"{label(MOS_BAND, r.band)}\t建议订货 {r.suggested_order}" for r in rows))
    return 0


def run_catalogue(args) -> int:
    from app.stock.catalogue import catalogue_on, import_catalogue

    session = _session(args)
    if args.import_file is not None:
        try:
            data = json.loads(args.import_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"无法读取商品目录文件“{args.import_file}”：{exc}") from exc
        _call(import_catalogue, session, data)
    cat = catalogue_on(_today(args))
    data = {"version": cat.version, "effective_from": cat.effective_from.isoformat(), "min_months": cat.min_months,
            "max_months": cat.max_months, "amc_months": cat.amc_months, "near_expiry_days": cat.near_expiry_days,
            "commodities": [{"code": c.code, "name_zh": c.name_zh, "name_en": c.name_en, "unit": c.unit,
                             "method": c.method, "units_per_cyp": c.units_per_cyp, "supply_kind": c.supply_kind}
                            for c in cat.commodities.values()]}
    emit(args, data, "\n".join([f"商品目录第{cat.version}版（{cat.effective_from}起）"] + [
        f"{c.code}\t{c.name}\t{c.unit}\t每CYP {c.units_per_cyp:g}" for c in cat.commodities.values()]))
    return 0


def run_report(args) -> int:
    from app.sites import local_site
    from app.stock.figures import monthly_report, report_dict

    _session(args)
    site = local_site()
    report = _call(monthly_report, args.month, None if args.all_sites else site.code, _today(args))
    if args.format == "json":
        data = report_dict(report)
        if args.out is None:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
            sys.stdout.write("\n")
            return 0
        _call(args.out.write_text, json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    else:
        if args.out is None:
            raise CommandError(f"--format {args.format} 需要用 --out 指定输出文件")
        if args.format == "pdf":
            from app.reports.stock_report import write_stock_report_pdf as write
        else:
            from app.reports.stock_xlsx import write_stock_report_xlsx as write
        _call(write, args.out, report, site_name=site.name, printed_on=_today(args))
    emit(args, {"ok": True, "out": str(args.out), "format": args.format}, f"已写出 {args.out}")
    return 0


def _dispatch_lines(texts: list[str]):
    from app.stock.dispatch import DispatchLineIn

    out = []
    for n, text in enumerate(texts, start=1):
        code, _, rest = text.partition(":")
        parts = rest.rsplit(":", 2)
        if len(parts) != 3:
            raise CommandError(f"--line 第{n}个“{text}”应写成 商品代码:批号:有效期:数量，例如 coc:A123:2027-06-30:100")
        lot, expiry, qty = parts
        try:
            expiry_date = _date(expiry)
        except ValueError:
            raise CommandError(f"--line 第{n}个“{text}”：有效期“{expiry}”不是 YYYY-MM-DD 日期") from None
        try:
            quantity = int(qty)
        except ValueError:
            raise CommandError(f"--line 第{n}个“{text}”：数量“{qty}”不是整数") from None
        out.append(DispatchLineIn(code.strip(), lot.strip(), expiry_date, quantity))
    return out


def _received(texts: list[str]) -> dict[int, int]:
    out: dict[int, int] = {}
    for text in texts:
        no, sep, qty = text.partition(":")
        try:
            if not sep:
                raise ValueError
            out[int(no)] = int(qty)
        except ValueError:
            raise CommandError(f"--line “{text}”应写成 行号:实收数量，例如 2:95") from None
    return out


def _dispatch_text(v) -> str:
    head = f"{v.number}\t{v.day}\t{v.to_name or v.to_site}（{v.to_site}）\t{v.status_text}"
    if v.received_date:
        head += f"\t{v.received_date} {v.received_by} 实收 {v.received_total}/{v.sent_total}"
        if v.reason:
            head += f"（{v.reason}）"
    lines = [f"  {ln.line_no}. {ln.commodity_name} 批号{ln.lot_number} 有效期{ln.expiry_date} {ln.quantity}{ln.unit}"
             + (f" 实收{ln.received}" if ln.received is not None else "") for ln in v.lines]
    return "\n".join([head, *lines])


def run_dispatch(args) -> int:
    from app.stock import dispatch as sd

    session = _session(args)
    lines = _dispatch_lines(args.lines)
    head = _call(sd.dispatch, session, args.to_site, args.date or _today(args), lines, args.note,
                 number=args.number, today=_today(args))
    view = sd.dispatch_view(head.uuid)
    emit(args, {"ok": True, **view.as_dict()},
         f"已开调拨单 {view.number}：发往{view.to_name}，{len(view.lines)}行共{view.sent_total}（导出数据包后送达）")
    return 0


def run_dispatches(args) -> int:
    from app.stock import dispatch as sd

    session = _session(args)
    views = sd.dispatch_status(args.to_site, site_code=session.site_code)
    emit(args, [v.as_dict() for v in views], "\n".join([_dispatch_text(v) for v in views] + [f"共{len(views)}张调拨单"]))
    return 0


def run_cancel_dispatch(args) -> int:
    from app.stock import dispatch as sd

    session = _session(args)
    head = _call(sd.cancel_dispatch, session, args.dispatch, args.reason, today=_today(args))
    view = sd.dispatch_view(head.uuid)
    emit(args, {"ok": True, **view.as_dict()},
         f"已作废调拨单 {view.number}（{args.reason.strip()}）；导出数据包后{view.to_name}的待收货中不再有它")
    return 0


def run_pending(args) -> int:
    from app.stock import dispatch as sd

    session = _session(args)
    views = sd.pending_receipts(session.site_code)
    emit(args, [v.as_dict() for v in views],
         "\n".join([_dispatch_text(v) for v in views] + [f"待收货{len(views)}张"]))
    return 0


def run_confirm(args) -> int:
    from app.stock import dispatch as sd

    session = _session(args)
    received = _received(args.lines)
    conf = _call(sd.confirm_receipt, session, args.dispatch, received, args.reason, day=args.date,
                 today=_today(args))
    view = _call(sd.dispatch_view, args.dispatch)
    emit(args, {"ok": True, "confirmation_uuid": conf.uuid, "action_uuid": conf.action_uuid, **view.as_dict()},
         f"已确认收货 {view.number}：实收 {view.received_total}/{view.sent_total}（已记入库存）")
    return 0
