"""fpreg enrol, packet export|import|inspect|conflicts, sync, serve (issue 7)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import USER_ERRORS, CommandError, add_db_argument, add_json_argument, emit, open_db


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("enrol", help="站点登记：交换公钥 (exchange enrolment files)")
    add_db_argument(p)
    add_json_argument(p)
    p.add_argument("--out", type=Path, help="把本站登记文件写到此文件夹 (write ours to DIR)")
    p.add_argument("--import", dest="import_file", type=Path, help="导入对方的登记文件 (trust a peer)")
    p.set_defaults(handler=run_enrol)

    p = subparsers.add_parser("packet", help="同步数据包：导出/导入/查看 (sync packets)")
    sub = p.add_subparsers(dest="packet_command", metavar="ACTION", required=True)
    e = sub.add_parser("export", help="导出数据包到文件夹 (write packets to DIR)")
    add_db_argument(e)
    add_json_argument(e)
    e.add_argument("--out", type=Path, required=True, help="文件夹，如U盘 (folder, e.g. USB stick)")
    e.add_argument("--to", help="只导出给此站点 (only for this site)")
    e.add_argument("--full", action="store_true",
                   help="从备份恢复后：改用新的数据库标识并导出全部数据 (after a restore: new stream, everything)")
    e.set_defaults(handler=run_export)
    i = sub.add_parser("import", help="导入数据包文件 (apply a packet file)")
    add_db_argument(i)
    add_json_argument(i)
    i.add_argument("file", type=Path, nargs="+")
    i.set_defaults(handler=run_import)
    s = sub.add_parser("inspect", help="查看数据包清单（无需解密） (manifest only)")
    add_json_argument(s)
    s.add_argument("file", type=Path)
    s.set_defaults(handler=run_inspect)
    c = sub.add_parser("conflicts", help="待核对的冲突记录 (review queue)")
    add_db_argument(c)
    add_json_argument(c)
    c.add_argument("--accept", type=int, metavar="ID", help="采用对方的版本 (take the incoming version)")
    c.add_argument("--keep", type=int, metavar="ID", help="保留本站的版本 (keep ours)")
    c.set_defaults(handler=run_conflicts)

    p = subparsers.add_parser("sync", help="通过网络同步 (push outbox, pull inbox)")
    add_db_argument(p)
    add_json_argument(p)
    p.add_argument("--url", required=True, help="乡镇同步服务器地址，如 http://192.168.1.10:8765")
    p.add_argument("--retries", type=int, default=4, help="连接失败时重试次数 (attempts)")
    p.add_argument("--delay", type=float, default=2.0, help="首次重试前等待秒数，之后加倍 (back-off)")
    p.set_defaults(handler=run_sync)

    p = subparsers.add_parser("serve", help="乡镇同步服务器 (HTTP packet server)")
    add_db_argument(p)
    p.add_argument("--port", type=int, default=8765, help="端口，0表示任选 (0 = any free port)")
    p.add_argument("--host", default="0.0.0.0", help="监听地址 (bind address)")
    p.set_defaults(handler=run_serve)


def _errors():
    from app.sync.identity import SyncError
    from app.sync.packet_format import PacketError

    return (*USER_ERRORS, SyncError, PacketError, OSError)


def run_enrol(args: argparse.Namespace) -> int:
    from app.sync import identity as ident

    open_db(args.db)
    data: dict = {}
    lines = []
    try:
        if args.import_file:
            peer = ident.enrol_peer(args.import_file)
            data["enrolled"] = {"site_code": peer.site_code, "site_name": peer.site_name, "kind": peer.kind,
                                "fingerprint": ident.fingerprint(peer.sign_public)}
            lines.append(f"已登记站点 {peer.site_code} {peer.site_name}（指纹 {data['enrolled']['fingerprint']}，"
                         "请与对方电话核对）")
        if args.out:
            path = ident.write_enrolment(args.out)
            me = ident.enrolment_data()
            data["written"] = str(path)
            data["fingerprint"] = me["fingerprint"]
            lines.append(f"本站登记文件：{path}（指纹 {me['fingerprint']}）")
    except _errors() as exc:
        raise CommandError(str(exc)) from exc
    me = ident.identity()
    data["site_code"] = me.site_code
    data["peers"] = [{"site_code": p.site_code, "site_name": p.site_name, "kind": p.kind,
                      "fingerprint": ident.fingerprint(p.sign_public)} for p in ident.peers()]
    if not args.out and not args.import_file:
        lines.append(f"本站 {me.site_code}，指纹 {ident.fingerprint(me.sign_public)}")
    lines += [f"已登记：{p['site_code']} {p['site_name']} ({p['kind']}) {p['fingerprint']}" for p in data["peers"]]
    emit(args, data, "\n".join(lines))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.sync.export import default_receivers, export_packet
    from app.sync.restore import after_restore

    db = open_db(args.db)
    try:
        if args.full:
            after_restore(db)
        receivers = [args.to] if args.to else default_receivers()
        if not receivers:
            raise CommandError("还没有登记任何站点：请先用 fpreg enrol --import 导入对方的登记文件")
        packets = [export_packet(r, args.out) for r in receivers]
    except _errors() as exc:
        raise CommandError(str(exc)) from exc
    data = [{"file": str(args.out / p.name), "receiver": p.manifest["receiver"], "entries": p.manifest["entries"],
             "after_seq": p.manifest["after_seq"], "upto_seq": p.manifest["upto_seq"]} for p in packets]
    emit(args, data, "\n".join(f"{d['file']}：{d['entries']}条更改（第{d['after_seq'] + 1}至{d['upto_seq']}号）"
                               for d in data))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.sync.importer import import_packet

    open_db(args.db)
    results = []
    for path in sorted(args.file):
        try:
            results.append(import_packet(path))
        except _errors() as exc:
            raise CommandError(f"{path.name}：{exc}") from exc
    emit(args, [r.as_dict() for r in results],
         "\n".join(line for r in results for line in (r.message, *r.warnings)))
    return 0


def run_inspect(args: argparse.Namespace) -> int:
    from app.sync.importer import inspect

    try:
        manifest = inspect(args.file)
    except _errors() as exc:
        raise CommandError(str(exc)) from exc
    counts = "，".join(f"{t} {n}" for t, n in sorted(manifest["counts"].items()))
    emit(args, manifest,
         f"{manifest['sender']} → {manifest['receiver']}，第{manifest['after_seq'] + 1}至{manifest['upto_seq']}号，"
         f"{manifest['entries']}条（{counts or '无'}），导出于{manifest['created_at']}，"
         f"格式版本{manifest['format_version']}")
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from app.cli.common import cli_session
    from app.sync.review import resolve
    from app.sync.review_view import pending

    open_db(args.db)
    session = cli_session(args)
    try:
        if args.accept or args.keep:
            resolve(session, args.accept or args.keep, accept=bool(args.accept))
        rows = pending(session)
    except _errors() as exc:
        raise CommandError(str(exc)) from exc
    data = [{"id": c.item_id, "ids": list(c.item_ids), "table": c.table, "kind": c.kind, "record": c.record,
             "row_uuid": c.row_uuid, "sender": c.sender, "incoming_version": c.incoming_version,
             "local_version": c.local_version,
             "differs": [{"field": f.name, "label": f.label, "ours": f.ours, "theirs": f.theirs}
                         for f in c.differing]} for c in rows]
    lines = []
    for d in data:
        lines.append(f"#{d['id']}\t{d['kind']}\t{d['record']}\t来自{d['sender']}\t"
                     f"对方版本{d['incoming_version']}/本站版本{d['local_version']}")
        lines += [f"    {f['label']}：本站「{f['ours']}」，对方「{f['theirs']}」" for f in d["differs"]]
    emit(args, data, "\n".join([*lines, f"共{len(data)}条待核对"]))
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from app.sync.net import sync

    open_db(args.db)

    def progress(step: int, total: int, text: str) -> None:
        if not args.json:
            print(text, file=sys.stderr)

    try:
        result = sync(args.url, attempts=max(1, args.retries), delay=args.delay, progress=progress)
    except _errors() as exc:
        raise CommandError(str(exc)) from exc
    emit(args, result, f"已发送 {result['sent']}；{result['pulled']['message']}")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from app.sync.net import make_server

    open_db(args.db)
    try:
        server = make_server(args.port, args.host)
    except _errors() as exc:
        raise CommandError(str(exc)) from exc
    # The first line says where we listen (tests read it to learn the port chosen for 0).
    print(f"fpreg serve: http://{args.host}:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
