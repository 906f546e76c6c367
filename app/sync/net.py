"""The same packets over HTTP: the township serves, a village pushes its outbox and pulls its
inbox. Packets are signed and sealed, so plain HTTP reveals nothing and can forge nothing.

    GET  /status          → {"site_code", "kind", "format_version"}
    POST /packets         ← a packet file; → the import result (JSON), 400 with the reason
    GET  /inbox/<site>    → the packet for that site (its name in X-Packet-Name)
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from app.i18n import translate
from app.sync import packet_format as pf
from app.sync.export import make_packet
from app.sync.identity import SyncError, _site_kind, identity
from app.sync.importer import import_bytes
from db.base import now
from db.connection import database
from db.models_sync import Peer

MAX_PACKET_BYTES = 512 * 1024 * 1024
Progress = Callable[[int, int, str], None]


def _t(text: str) -> str:
    return translate("sync", text)


class _Handler(BaseHTTPRequestHandler):
    server_version = "fpreg-sync/1"
    lock = threading.Lock()  # one import or export at a time: each is one transaction

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        pass

    def _json(self, status: int, data: dict) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        finally:
            # peewee keeps one connection per thread; each request runs on a new thread.
            if not database.is_closed():
                database.close()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/status":
            with self.lock:
                me = identity()
                _name, kind, _parent = _site_kind()
            self._json(200, {"site_code": me.site_code, "kind": kind, "format_version": pf.FORMAT_VERSION})
            return
        if self.path.startswith("/inbox/"):
            site = self.path[len("/inbox/"):]
            with self.lock:
                if Peer.get_or_none(Peer.site_code == site) is None:
                    self._json(404, {"error": _t("站点“{c}”未登记").format(c=site), "kind": "unknown_sender"})
                    return
                packet = make_packet(site)
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("X-Packet-Name", packet.name)
            self.send_header("Content-Length", str(len(packet.data)))
            self.end_headers()
            self.wfile.write(packet.data)
            return
        self._json(404, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        if self.path != "/packets":
            self._json(404, {"error": "not found"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length <= 0 or length > MAX_PACKET_BYTES:
            self._json(400, {"error": _t("数据包大小不对"), "kind": "truncated"})
            return
        data = self.rfile.read(length)
        try:
            with self.lock:
                result = import_bytes(data)
                Peer.update(last_sync_at=now()).where(Peer.site_code == result.manifest["sender"]).execute()
        except (pf.PacketError, SyncError) as exc:
            self._json(400, {"error": str(exc), "kind": getattr(exc, "kind", "sync")})
            return
        self._json(200, result.as_dict())


def make_server(port: int, host: str = "0.0.0.0") -> ThreadingHTTPServer:
    identity()  # keys exist before the first request
    return ThreadingHTTPServer((host, port), _Handler)


class _Retry(Exception):
    pass


def _request(url: str, data: bytes | None, timeout: float) -> tuple[int, bytes, dict]:
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    if data is not None:
        req.add_header("Content-Type", "application/octet-stream")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - the user's URL
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers or {})
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        raise _Retry(str(getattr(exc, "reason", exc))) from exc


def _with_retry(call: Callable[[], Any], attempts: int, delay: float, progress: Progress | None, what: str) -> Any:
    wait = delay
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except _Retry as exc:
            if attempt == attempts:
                raise SyncError(_t("无法连接同步服务器（{w}）：{e}。已重试{n}次，请检查网络后再试").format(
                    w=what, e=exc, n=attempts)) from exc
            if progress:
                progress(0, 0, _t("连接失败，{s}秒后重试…").format(s=round(wait, 1)))
            time.sleep(wait)
            wait *= 2
    raise AssertionError("unreachable")


def sync(url: str, *, attempts: int = 4, delay: float = 2.0, timeout: float = 120.0,
         progress: Progress | None = None) -> dict[str, Any]:
    """Push our outbox to the server's site, then pull and import our inbox."""
    base = url.rstrip("/")
    step = (lambda n, text: progress(n, 4, text)) if progress else (lambda n, text: None)
    step(0, _t("连接服务器…"))
    status, body, _h = _with_retry(lambda: _request(base + "/status", None, timeout), attempts, delay, progress,
                                   _t("查询状态"))
    try:
        server = json.loads(body)["site_code"]
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncError(_t("“{u}”不是本系统的同步服务器").format(u=url)) from exc
    if Peer.get_or_none(Peer.site_code == server) is None:
        raise SyncError(_t("服务器站点“{c}”尚未登记：请先导入它的登记文件").format(c=server))
    step(1, _t("发送本站数据包…"))
    packet = make_packet(server)
    status, body, _h = _with_retry(lambda: _request(base + "/packets", packet.data, timeout), attempts, delay,
                                   progress, _t("发送数据包"))
    pushed = json.loads(body)
    if status != 200:
        raise SyncError(_t("服务器拒绝了本站的数据包：{e}").format(e=pushed.get("error")))
    step(2, _t("接收服务器数据包…"))
    me = identity()
    status, body, _h = _with_retry(lambda: _request(f"{base}/inbox/{me.site_code}", None, timeout), attempts,
                                   delay, progress, _t("接收数据包"))
    if status != 200:
        raise SyncError(_t("服务器没有给出本站的数据包：{e}").format(e=body[:200].decode("utf-8", "replace")))
    step(3, _t("导入服务器数据包…"))
    pulled = import_bytes(body)
    Peer.update(last_sync_at=now()).where(Peer.site_code == server).execute()
    step(4, _t("同步完成"))
    return {"server": server, "pushed": pushed, "pulled": pulled.as_dict(),
            "sent": packet.name, "received_entries": pulled.manifest["entries"]}


def last_sync() -> Any:
    return Peer.select(Peer.last_sync_at).where(Peer.last_sync_at.is_null(False)).order_by(
        Peer.last_sync_at.desc()).scalar()
