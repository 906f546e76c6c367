"""fpreg incentives: candidates, enrol, review, notice, objection, approve, pay, reverse, exit,
reconfirm, fact, ledger, reconcile (SPEC §6). The same services as the incentives window."""

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
from app.incentives.codes import METHOD, STATUS, label
from app.incentives.schemes import yuan


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期（应为 YYYY-MM-DD）") from None


def _yuan_to_fen(text: str) -> int:
    try:
        return round(float(text) * 100)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是金额") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("incentives", help="奖励扶助 (incentive payments)")
    sub = p.add_subparsers(dest="action", required=True)

    def action(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        a = sub.add_parser(name, help=help_text)
        add_db_argument(a)
        add_json_argument(a)
        a.add_argument("--date", type=_date, default=None, help="日期 YYYY-MM-DD (default today)")
        a.add_argument("--user", default=None, help="以此用户身份操作（密码取自 FPREG_PASSWORD）")
        a.set_defaults(handler=lambda args: _run(args, handler))
        return a

    a = action("candidates", "符合条件的候选人及不再符合的对象 (eligibility)", _candidates)
    a.add_argument("--scheme", default=None, help="方案代码 (scheme code)")
    a.add_argument("--explain", action="store_true", help="逐条列出条件是否符合")
    a.add_argument("--enrol", action="store_true", help="把候选人登记为奖扶对象（待村审核）")

    a = action("enrol", "登记申请 (open a case on application)", _enrol)
    a.add_argument("--person", required=True, help="人员UUID")
    a.add_argument("--scheme", required=True)
    a.add_argument("--method", choices=sorted(METHOD), default="bank_card")

    a = action("review", "村审核 (village review)", _review)
    a.add_argument("--case", nargs="+", required=True, help="奖扶对象UUID")
    a.add_argument("--reject", action="store_true", help="不通过")
    a.add_argument("--note", default="")

    a = action("notice", "张榜公示 (post the public notice)", _notice)
    a.add_argument("--case", nargs="*", default=None, help="奖扶对象UUID（默认：全部村审核通过的）")
    a.add_argument("--start", type=_date, default=None, help="公示开始日期 (default --date)")
    a.add_argument("--days", type=int, default=None, help="公示天数（默认：方案规定的天数）")
    a.add_argument("--place", default="村委会公开栏", help="公示地点及受理异议地点")
    a.add_argument("--contact", default="")
    a.add_argument("--pdf", type=Path, default=None, help="同时写出公示名单 PDF")
    a.add_argument("--paper", choices=("A4", "A3"), default="A4")

    a = action("objection", "登记或处理公示异议 (objection)", _objection)
    a.add_argument("--case", default=None, help="登记异议：奖扶对象UUID")
    a.add_argument("--content", default="")
    a.add_argument("--settle", default=None, help="处理异议：异议UUID")
    a.add_argument("--outcome", choices=("upheld", "dismissed"), default=None)
    a.add_argument("--note", default="")

    a = action("approve", "乡镇审批 (township approval)", _approve)
    a.add_argument("--case", nargs="*", default=None, help="奖扶对象UUID（默认：全部公示期满无异议的）")
    a.add_argument("--decision", choices=("approved", "rejected", "revoked"), default="approved")
    a.add_argument("--note", default="")

    a = action("pay", "发放 (pay a batch or one case)", _pay)
    a.add_argument("--scheme", required=True)
    a.add_argument("--period", required=True, help="发放期：2026、2026Q4 或 2026-11")
    a.add_argument("--case", nargs="*", default=None, help="奖扶对象UUID（默认：全部待发放的）")
    a.add_argument("--method", choices=sorted(METHOD), default="bank_card")
    a.add_argument("--reference", default="", help="银行批次号或凭证号")
    a.add_argument("--amount", type=_yuan_to_fen, default=None, help="金额（元），须与标准一致；只用于单人")
    a.add_argument("--receipts", type=Path, default=None, help="现金发放：把领取凭证 PDF 写到此文件夹")

    a = action("reverse", "冲正一笔发放 (reverse a payment)", _reverse)
    a.add_argument("--payment", required=True)
    a.add_argument("--reason", required=True)

    a = action("exit", "退出 (exit a case)", _exit)
    a.add_argument("--case", required=True)
    a.add_argument("--reason", required=True)

    a = action("change", "变更发放方式或账号 (change how a case is paid)", _change)
    a.add_argument("--case", required=True)
    a.add_argument("--reason", required=True)
    a.add_argument("--method", choices=sorted(METHOD), default=None)
    a.add_argument("--bank-account", default=None)

    a = action("reconfirm", "年审 (yearly re-confirmation)", _reconfirm)
    a.add_argument("--case", nargs="+", required=True)
    a.add_argument("--year", type=int, default=None)

    a = action("fact", "登记残疾证或独生子女父母光荣证 (certificate)", _fact)
    a.add_argument("--person", required=True)
    a.add_argument("--kind", choices=("disability", "honour_certificate"), required=True)
    a.add_argument("--grade", type=int, default=None)
    a.add_argument("--number", default="")

    a = action("cases", "奖扶对象名单 (cases and their status)", _cases)
    a.add_argument("--scheme", default=None)

    a = action("ledger", "发放台账 (payment ledger)", _ledger)
    a.add_argument("--scheme", default=None)
    a.add_argument("--period", default=None)

    a = action("reconcile", "对账 (reconciliation)", _reconcile)
    a.add_argument("--xlsx", type=Path, default=None, help="同时导出给乡镇的 xlsx")


def _run(args: argparse.Namespace, handler) -> int:
    open_db(args.db)
    args.today = args.date or dt.date.today()
    try:
        from app.incentives.schemes import ensure_seeded
        from app.sites import local_site

        ensure_seeded(local_site().code)
        session = cli_session(args)
        data, text = handler(args, session)
    except (*USER_ERRORS, OSError) as exc:
        raise CommandError(str(exc)) from exc
    emit(args, data, text)
    return 0


def _candidates(args, session):
    from app.incentives.engine import evaluate
    from app.incentives.lifecycle import enrol_candidates, register_scope
    from app.incentives.rules import check_text

    ev = evaluate(args.today, site_code=register_scope(session))
    pick = [f for f in ev.candidates if not args.scheme or f.scheme_code == args.scheme]
    lapsed = [f for f in ev.lapsed if not args.scheme or f.scheme_code == args.scheme]

    def row(f) -> dict:
        out = {"scheme_code": f.scheme_code, "scheme": f.scheme_name, "version": f.scheme_version,
               "person_uuid": f.person_uuid, "name": f.name, "group": f.group_number,
               "household": f.household_number, "amount": yuan(f.amount_fen), "case_uuid": f.enrolment_uuid}
        if args.explain or f.kind == "lapsed":
            checks = ev.explain(f.person_id, f.scheme_code)
            out["conditions"] = [{"condition": c.label, "met": c.met, "detail": c.detail} for c in checks]
            out["text"] = [check_text(c) for c in checks]
        return out

    data = {"date": args.today.isoformat(), "candidates": [row(f) for f in pick],
            "no_longer_eligible": [row(f) for f in lapsed]}
    lines = [f"候选人 {len(pick)} 人："]
    for r in data["candidates"]:
        lines.append(f"  {r['scheme']}\t{r['name']}\t{r['group'] or ''}组\t{r['amount']}元\t{r['person_uuid']}")
        lines += [f"      {t}" for t in r.get("text", [])]
    lines.append(f"已纳入但不再符合 {len(lapsed)} 人：")
    for r in data["no_longer_eligible"]:
        failed = "、".join(c["condition"] for c in r["conditions"] if not c["met"])
        lines.append(f"  {r['scheme']}\t{r['name']}\t不符合：{failed}\t{r['case_uuid']}")
    if args.enrol:
        made = enrol_candidates(session, args.today, args.scheme)
        data["enrolled"] = [e.uuid for e in made]
        lines.append(f"已登记 {len(made)} 名候选人，待村审核")
    return data, "\n".join(lines)


def _enrol(args, session):
    from app.incentives.lifecycle import enrol

    e = enrol(session, args.person, args.scheme, args.today, source="application", method=args.method)
    return {"case_uuid": e.uuid, "stage": e.stage}, f"已登记申请：{e.uuid}"


def _review(args, session):
    from app.incentives.lifecycle import review
    from db.connection import database

    with database.atomic():
        rows = [review(session, u, not args.reject, args.today, args.note) for u in args.case]
    return {"cases": [e.uuid for e in rows], "stage": rows[0].stage}, f"已审核 {len(rows)} 人"


def _notice(args, session):
    from app.incentives.lifecycle import post_notice
    from app.incentives.schemes import SchemeBook
    from db.models_incentives import Enrolment

    uuids = args.case
    if not uuids:
        uuids = [e.uuid for e in Enrolment.select().where(
            (Enrolment.stage == "reviewed") & (Enrolment.voided == False))]  # noqa: E712
    if not uuids:
        raise CommandError("没有村审核通过、待公示的对象")
    start = args.start or args.today
    days = args.days
    if days is None:
        book = SchemeBook()
        codes = {e.scheme_code for e in Enrolment.select().where(Enrolment.uuid.in_(uuids))}
        days = max((book.in_force(c, start) or book.latest(c)).notice_days for c in codes)
    notice = post_notice(session, uuids, start, start + dt.timedelta(days=days - 1), args.place,
                         contact=args.contact)
    data = {"notice_uuid": notice.uuid, "start": notice.start_date.isoformat(),
            "end": notice.end_date.isoformat(), "cases": len(uuids)}
    text = f"已公示 {len(uuids)} 人：{notice.start_date} 至 {notice.end_date}（{notice.uuid}）"
    if args.pdf:
        from app.disclosure.notice_list import write_notice_list

        write_notice_list(args.pdf, notice_uuid=notice.uuid, paper=args.paper, printed_on=args.today)
        data["pdf"] = str(args.pdf)
        text += f"\n公示名单：{args.pdf}"
    return data, text


def _objection(args, session):
    from app.incentives.lifecycle import record_objection, settle_objection

    if args.settle:
        if not args.outcome:
            raise CommandError("处理异议须给出 --outcome upheld 或 dismissed")
        o = settle_objection(session, args.settle, args.outcome, args.today, args.note)
        return {"objection_uuid": o.uuid, "outcome": o.outcome}, f"异议已处理：{o.outcome}"
    if not args.case:
        raise CommandError("登记异议须给出 --case，处理异议须给出 --settle")
    o = record_objection(session, args.case, args.today, args.content)
    return {"objection_uuid": o.uuid}, f"已登记异议：{o.uuid}"


def _approve(args, session):
    from app.incentives.lifecycle import approve, approve_all
    from db.connection import database

    if args.case:
        with database.atomic():
            rows = [approve(session, u, args.today, decision=args.decision, note=args.note) for u in args.case]
    else:
        rows = approve_all(session, args.today)
    data = {"approvals": [{"uuid": a.uuid, "case_uuid": a.enrolment.uuid, "decision": a.decision,
                           "site_code": a.site_code} for a in rows]}
    return data, f"已审批 {len(rows)} 人（{args.decision}）"


def _pay(args, session):
    from app.incentives.payments import pay, pay_batch
    from db.models_incentives import Payment

    if args.amount is not None:
        if not args.case or len(args.case) != 1:
            raise CommandError("--amount 只能用于单人发放（给出一个 --case）")
        payments = [pay(session, args.case[0], args.period, args.today, method=args.method,
                        reference=args.reference, amount_fen=args.amount)]
    else:
        batch = pay_batch(session, args.scheme, args.period, args.today, method=args.method,
                          reference=args.reference, uuids=args.case or None)
        payments = list(Payment.select().where(Payment.batch == batch.id).order_by(Payment.id))
    receipts = []
    if args.receipts and args.method == "cash":
        from app.disclosure.receipt import write_receipt

        for p in payments:
            receipts.append(str(write_receipt(args.receipts / f"receipt-{p.uuid[:8]}.pdf", p.uuid,
                                              printed_on=args.today)))
    total = sum(p.amount_fen for p in payments)
    data = {"payments": [{"uuid": p.uuid, "case_uuid": p.enrolment.uuid, "amount": yuan(p.amount_fen),
                          "period": p.period} for p in payments], "total": yuan(total), "receipts": receipts}
    return data, f"已发放 {len(payments)} 笔，共 {yuan(total)} 元（{label(METHOD, args.method)}）"


def _reverse(args, session):
    from app.incentives.payments import reverse

    r = reverse(session, args.payment, args.today, args.reason)
    return {"reversal_uuid": r.uuid, "amount": yuan(r.amount_fen)}, f"已冲正：{yuan(r.amount_fen)} 元"


def _exit(args, session):
    from app.incentives.lifecycle import exit_case

    e = exit_case(session, args.case, args.today, args.reason)
    return {"case_uuid": e.uuid, "stage": e.stage}, f"已退出：{e.person.name}"


def _change(args, session):
    from app.incentives.lifecycle import change_case

    diff = change_case(session, args.case, args.reason, method=args.method, bank_account=args.bank_account)
    return {"case_uuid": args.case, "changed": diff}, "已变更：" + ("、".join(diff) or "无变化")


def _reconfirm(args, session):
    from app.incentives.lifecycle import reconfirm
    from db.connection import database

    year = args.year or args.today.year
    with database.atomic():
        rows = [reconfirm(session, u, year, args.today) for u in args.case]
    return {"cases": [e.uuid for e in rows], "year": year}, f"{year}年年审通过 {len(rows)} 人"


def _fact(args, session):
    from app.incentives.lifecycle import record_fact

    f = record_fact(session, args.person, args.kind, args.today, grade=args.grade, certificate_no=args.number)
    return {"fact_uuid": f.uuid}, f"已登记：{f.uuid}"


def _cases(args, session):
    from app.incentives.lifecycle import open_cases

    rows = open_cases(args.today, args.scheme)
    lines = [f"{r['scheme']}\t{r['name']}\t{label(STATUS, r['status'])}\t{r['uuid']}" for r in rows]
    lines.append(f"共{len(rows)}人")
    return rows, "\n".join(lines)


def _ledger(args, session):
    from app.incentives.payments import ledger

    rows = ledger(args.scheme, args.period)
    data = [{"uuid": r.uuid, "scheme_code": r.scheme_code, "period": r.period, "name": r.name, "kind": r.kind,
             "amount": yuan(r.amount_fen), "method": r.method, "reference": r.reference,
             "paid_date": r.paid_date.isoformat()} for r in rows]
    lines = [f"{r['period']}\t{r['scheme_code']}\t{r['name']}\t{r['kind']}\t{r['amount']}元\t{r['paid_date']}"
             for r in data]
    lines.append(f"共{len(rows)}笔，合计 {yuan(sum(r.amount_fen for r in rows))} 元")
    return data, "\n".join(lines)


def _reconcile(args, session):
    from app.incentives.reconcile import export_xlsx, reconcile

    rec = reconcile(args.today, site_code=None)
    data = rec.as_json()
    c = rec.counts()
    lines = [f"符合条件未纳入：{c['not_enrolled']}", f"已纳入不再符合：{c['not_eligible']}",
             f"已批准未发放：{c['approved_not_paid']}", f"发放无批准：{c['paid_without_approval']}"]
    for f in rec.figures:
        lines.append(f"{f.name}：批准 {f.approved_people} 人 {f.approved_amount:.2f} 元，"
                     f"已发 {f.paid_people} 人 {f.paid_amount:.2f} 元")
    if args.xlsx:
        export_xlsx(args.xlsx, args.today)
        data["xlsx"] = str(args.xlsx)
        lines.append(f"对账表：{args.xlsx}")
    return data, "\n".join(lines)
