"""Importing a packet: every check before anything is written, a backup, then one transaction.

Checks, in order (each fault has its own message, see packet_format.PacketError.kind):
file shape and checksum → format version → receiver is us → sender is enrolled → signature →
same file already imported → decryption and content hash → sequence continues the sender's
stream (no gap, not going backwards) → apply.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import SealedBox
from nacl.signing import VerifyKey

from app.i18n import translate
from app.sync import packet_format as pf
from app.sync.apply import Applier
from app.sync.export import max_seq
from app.sync.identity import identity, unb64
from app.sync.tables import synced_models
from db.base import now
from db.connection import database
from db.models import ChangeLog
from db.models_sync import ImportedPacket, Peer, ReviewItem
from db.schema import CODE_SCHEMA_VERSION

# The page cache while a packet is applied. Growing it with the file (up to 1 GiB) gained
# nothing measurable at 30 villages / 756 MB (docs/benchmarks.md): the misses come from the OS's
# page cache cheaply; the cost is the pages the commit writes.
IMPORT_CACHE_KIB = 256 * 1024


def _t(text: str) -> str:
    return translate("sync", text)


@dataclass
class ImportResult:
    manifest: dict[str, Any]
    status: str  # imported | already_imported
    message: str
    summary: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    backup: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "message": self.message, "sender": self.manifest["sender"],
                "after_seq": self.manifest["after_seq"], "upto_seq": self.manifest["upto_seq"],
                "summary": self.summary, "warnings": self.warnings, "backup": self.backup}


def read_file(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise pf.PacketError("unreadable", _t("无法读取数据包文件“{p}”：{e}").format(p=path, e=exc)) from exc


def inspect(path: str | Path) -> dict[str, Any]:
    """The manifest of a packet file, checked for damage; needs no key."""
    raw = pf.parse(read_file(path))
    return {**raw.manifest, "packet_id": raw.packet_id}


def _verify(raw: pf.RawPacket) -> tuple[Peer, list[list[Any]]]:
    """Who sent it and what it carries, or the reason it is refused; writes nothing."""
    me = identity()
    m = raw.manifest
    if m["receiver"] != me.site_code:
        raise pf.PacketError(
            "foreign", _t("这个数据包是发给“{r}”的，不是发给本站点“{me}”的，不能导入").format(r=m["receiver"], me=me.site_code)
        )
    sender = Peer.get_or_none(Peer.site_code == m["sender"])
    if sender is None:
        raise pf.PacketError(
            "unknown_sender",
            _t("数据包来自未登记的站点“{s}”：只有导入过对方登记文件的站点才被信任").format(s=m["sender"]),
        )
    try:
        VerifyKey(unb64(sender.sign_public)).verify(raw.signed, raw.signature)
    except BadSignatureError as exc:
        raise pf.PacketError(
            "tampered", _t("数据包签名不符：文件在导出后被改动过，或不是“{s}”签发的，已拒绝").format(s=m["sender"])
        ) from exc
    if m["schema_version"] > CODE_SCHEMA_VERSION:
        raise pf.PacketError(
            "future_format", _t("数据包来自较新版本的程序（数据库版本{v}）：请先升级本程序再导入").format(v=m["schema_version"])
        )
    try:
        payload = pf.decompress(SealedBox(me.box_key).decrypt(raw.sealed))
    except CryptoError as exc:
        raise pf.PacketError(
            "undecryptable", _t("数据包无法解密：它是用本站点旧的密钥加密的，请对方重新导入本站点的登记文件后重新导出")
        ) from exc
    if pf.content_hash(payload) != m["content_sha256"]:
        raise pf.PacketError("tampered", _t("数据包内容与清单中的校验值不符，已拒绝"))
    return sender, pf.read_entries(payload, m)


def _diverged(entries: list[list[Any]], sender: Peer, me: str, received: int) -> bool:
    """Whether entries we should already hold (seq ≤ received) say something our log does not:
    the sender's database went back to a backup and wrote different changes under old seqs."""
    models = synced_models()
    applier = Applier(sender=sender.site_code, sender_is_township=(sender.kind == "township"), me=me,
                      packet_id="")
    wanted = {(e[2], e[4]) for e in entries
              if e[0] <= received and e[1] in models and applier._allowed(models[e[1]], e[5])}
    uuids = sorted({u for u, _v in wanted})
    p = database.param
    have: set[tuple[str, int]] = set()
    for i in range(0, len(uuids), 500):
        part = uuids[i : i + 500]
        marks = ", ".join(p for _ in part)
        for table in (ChangeLog._meta.table_name, ReviewItem._meta.table_name):
            cols = "row_uuid, row_version" if table == ChangeLog._meta.table_name else "row_uuid, incoming_version"
            have.update(database.execute_sql(f'SELECT {cols} FROM "{table}" WHERE row_uuid IN ({marks})', part))
    return not wanted <= have


def _stream_check(sender: Peer, m: dict[str, Any], entries: list[list[Any]]) -> int | None:
    """The seq after which entries are new, or None when the packet holds nothing new."""
    name = sender.site_code
    same_stream = m["db_uuid"] == sender.peer_db_uuid
    received = sender.received_upto if same_stream else 0
    if not same_stream and m["after_seq"] > 0:
        if sender.peer_db_uuid is None:
            what = _t("这是收到“{s}”的第一个数据包，但它从序号{a}开始").format(s=name, a=m["after_seq"] + 1)
        else:
            what = _t("“{s}”的数据库已更换（新装或从备份恢复），新数据库的数据包应从序号1开始，但这个从{a}开始").format(
                s=name, a=m["after_seq"] + 1)
        raise pf.PacketError(
            "gap", what + _t("。请在“{s}”执行“fpreg packet export --full”重新导出完整数据包").format(s=name)
        )
    if m["after_seq"] > received:
        raise pf.PacketError(
            "gap",
            _t("缺少“{s}”第{a}至{b}号的更改：请先导入它更早的数据包，或请“{s}”重新导出（新的数据包会包含第{a}号以后的全部更改）").format(
                s=name, a=received + 1, b=m["after_seq"]),
        )
    if m["after_seq"] < received and _diverged(entries, sender, identity().site_code, received):
        raise pf.PacketError(
            "backwards",
            _t("“{s}”的数据库序号倒退了：本站已收到它第{r}号为止的更改，但这个数据包中同样序号的更改内容不同，"
               "它可能从旧备份恢复过。请在“{s}”执行“fpreg packet export --full”重新导出完整数据包").format(
                s=name, r=received),
        )
    if m["upto_seq"] <= received:
        return None
    return received


def _backup() -> str | None:
    """A copy of the database before anything is applied (app.backup, issue 8, when present)."""
    try:
        backup = importlib.import_module("app.backup")
    except ImportError:
        return None
    path = getattr(database.obj, "database", None)
    if not path or not hasattr(backup, "backup_now") or not Path(str(path)).exists():
        return None
    return str(backup.backup_now(Path(path), reason="before-import"))


def _take_ack(m: dict[str, Any], sender: Peer, warnings: list[str]) -> None:
    """The peer says how far it has our stream: our outbox is acknowledged up to there."""
    ack = m.get("ack")
    me = identity()
    if not isinstance(ack, dict) or ack.get("db_uuid") != me.db_uuid:
        return
    upto = ack.get("received_upto")
    if not isinstance(upto, int) or isinstance(upto, bool):
        return
    if upto > max_seq():
        from app.sync.restore import after_restore

        after_restore(database.obj)
        warnings.append(
            _t("“{s}”已收到本库第{u}号为止的更改，但本库只到第{n}号：本库是从旧备份恢复的。"
               "已改用新的数据库标识，下次导出将是完整数据包").format(s=sender.site_code, u=upto, n=max_seq())
        )
        return
    # Set, not raised: a township restored from backup asks again for what it lost.
    Peer.update(acked_upto=upto, acked_at=now(), peer_ack_db_uuid=ack["db_uuid"]).where(Peer.id == sender.id).execute()


@contextlib.contextmanager
def _big_cache():
    """A larger page cache while a packet is applied: a township's UUID indexes take inserts
    all over their b-trees, and the default 32 MB stops holding them after a few villages."""
    if not isinstance(database.obj, pw.SqliteDatabase):
        yield
        return
    before = database.execute_sql("PRAGMA cache_size").fetchone()[0]
    database.execute_sql(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA cache_size = {int(before)}")


def import_bytes(data: bytes, *, backup: bool = True) -> ImportResult:
    raw = pf.parse(data)
    m = raw.manifest
    sender, entries = _verify(raw)
    if ImportedPacket.get_or_none(ImportedPacket.packet_id == raw.packet_id) is not None:
        return ImportResult(m, "already_imported", _t("这个数据包已经导入过，本次没有任何更改"))
    after = _stream_check(sender, m, entries)
    if after is None:
        warnings: list[str] = []
        with database.atomic():
            _take_ack(m, sender, warnings)  # an acknowledgement may be all a packet brings
        return ImportResult(m, "already_imported",
                            _t("这个数据包中的更改已经全部导入过（有更新的数据包包含了它们），本次没有任何更改"),
                            warnings=warnings)
    warnings = []
    if m.get("restored_from") and m["db_uuid"] != sender.peer_db_uuid and sender.peer_db_uuid:
        warnings.append(_t("“{s}”的数据库是从备份恢复的：两边都改过的记录已放入待核对队列").format(s=sender.site_code))
    backup_path = _backup() if backup else None
    new = [e for e in entries if e[0] > after]
    me = identity()
    with _big_cache(), database.atomic():
        first = max_seq() + 1
        applier = Applier(sender=sender.site_code, sender_is_township=(m["sender_kind"] == "township"),
                          me=me.site_code, packet_id=raw.packet_id)
        summary = applier.apply(new)
        last = max_seq()
        ImportedPacket.create(
            packet_id=raw.packet_id, sender=sender.site_code, sender_db_uuid=m["db_uuid"],
            after_seq=m["after_seq"], upto_seq=m["upto_seq"],
            created_at=dt.datetime.fromisoformat(m["created_at"]),
            local_first_seq=first if last >= first else None, local_last_seq=last if last >= first else None,
            summary=json.dumps(summary.as_dict(), ensure_ascii=False),
        )
        Peer.update(
            peer_db_uuid=m["db_uuid"], received_upto=m["upto_seq"],
            received_packet_at=dt.datetime.fromisoformat(m["created_at"]), imported_at=now(),
        ).where(Peer.id == sender.id).execute()
        _take_ack(m, Peer.get_by_id(sender.id), warnings)
    message = _t("已导入“{s}”的数据包：新增{i}条，更新{u}条，忽略{g}条，待核对冲突{c}条").format(
        s=sender.site_code, i=summary.imported, u=summary.updated, g=summary.ignored, c=summary.conflicts)
    message = "\n".join([message, *summary.notes])
    return ImportResult(m, "imported", message, summary.as_dict(), warnings, backup_path)


def import_packet(path: str | Path, *, backup: bool = True) -> ImportResult:
    return import_bytes(read_file(path), backup=backup)
