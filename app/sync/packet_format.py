"""The packet file: a manifest anyone can read, a payload only the receiver can open, the
sender's signature over both, and a checksum that tells a damaged file from a tampered one.

Layout (docs/packet-format.md):
    MAGIC | u32 manifest length | manifest (UTF-8 JSON) | u64 payload length | sealed payload
    | Ed25519 signature (64) over everything before it | SHA-256 (32) over everything before it
    | END
Parsing here needs no key and never raises anything but PacketError.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from app.i18n import translate

MAGIC = b"FPREG-PACKET\n"
END = b"\nFPREG-END\n"
FORMAT = "fpreg-packet"
FORMAT_VERSION = 1
SIGNATURE_BYTES = 64
CHECKSUM_BYTES = 32
ENTRY_FIELDS = ("seq", "table", "uuid", "op", "row_version", "site_code", "at", "by", "data",
                "diff", "reason")
MANIFEST_KEYS = {
    "format": str, "format_version": int, "schema_version": int, "sender": str,
    "sender_kind": str, "receiver": str, "db_uuid": str, "after_seq": int, "upto_seq": int,
    "entries": int, "counts": dict, "content_sha256": str, "created_at": str,
}


def _t(text: str) -> str:
    return translate("sync", text)


class PacketError(ValueError):
    """A packet refused; `kind` says which fault (truncated, corrupted, tampered, …)."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class RawPacket:
    manifest: dict[str, Any]
    signed: bytes  # the bytes the signature covers
    signature: bytes
    sealed: bytes
    packet_id: str  # SHA-256 of the whole body: the same file twice has the same id


def file_name(manifest: dict[str, Any]) -> str:
    """Names sort by sender, receiver and sequence, and say what the file is."""
    stamp = manifest["created_at"].replace("-", "").replace(":", "")[:15]
    return (f"fpreg-{manifest['sender']}-to-{manifest['receiver']}-"
            f"{manifest['after_seq'] + 1:09d}-{manifest['upto_seq']:09d}-{stamp}.fpk")


def build(manifest: dict[str, Any], sealed: bytes, sign) -> bytes:
    """The file's bytes; `sign(bytes) -> 64-byte signature` is the sender's key."""
    head = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
    signed = MAGIC + struct.pack(">I", len(head)) + head + struct.pack(">Q", len(sealed)) + sealed
    body = signed + sign(signed)
    return body + hashlib.sha256(body).digest() + END


def pack_payload(entries: list[list[Any]]) -> bytes:
    return json.dumps({"entries": entries}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def compress(payload: bytes) -> bytes:
    return zlib.compress(payload, 6)


def decompress(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error as exc:
        raise PacketError("tampered", _t("数据包内容无法解压，文件已被改动")) from exc


def content_hash(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def _declared_length(data: bytes) -> int | None:
    """The file length the headers announce, or None when even the headers are cut off."""
    at = len(MAGIC)
    if len(data) < at + 4:
        return None
    (mlen,) = struct.unpack(">I", data[at : at + 4])
    at += 4 + mlen
    if len(data) < at + 8:
        return None
    (plen,) = struct.unpack(">Q", data[at : at + 8])
    return at + 8 + plen + SIGNATURE_BYTES + CHECKSUM_BYTES + len(END)


def parse(data: bytes) -> RawPacket:
    """Split a file into its parts, refusing a truncated, damaged or malformed one."""
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data[: len(MAGIC)]) and len(data) < len(MAGIC):
            raise PacketError("truncated", _t("数据包文件不完整（只有{n}字节），可能复制时被中断，请重新复制").format(n=len(data)))
        raise PacketError("not_packet", _t("这不是本系统的数据包文件"))
    declared = _declared_length(data)
    if declared is None:
        raise PacketError("truncated", _t("数据包文件不完整（只有{n}字节），可能复制时被中断，请重新复制").format(n=len(data)))
    if len(data) < declared:
        raise PacketError(
            "truncated",
            _t("数据包文件不完整（{n}字节，应为{m}字节），可能复制时被中断，请重新复制").format(n=len(data), m=declared),
        )
    if len(data) != declared or not data.endswith(END):
        raise PacketError("corrupted", _t("数据包文件已损坏（长度或结尾标记不符），请重新复制或重新导出"))
    body = data[: -(CHECKSUM_BYTES + len(END))]
    checksum = data[-(CHECKSUM_BYTES + len(END)) : -len(END)]
    if hashlib.sha256(body).digest() != checksum:
        raise PacketError("corrupted", _t("数据包文件已损坏（校验和不符），请重新复制或重新导出"))
    at = len(MAGIC)
    (mlen,) = struct.unpack(">I", data[at : at + 4])
    head = data[at + 4 : at + 4 + mlen]
    at += 4 + mlen
    (plen,) = struct.unpack(">Q", data[at : at + 8])
    sealed = data[at + 8 : at + 8 + plen]
    signed = body[:-SIGNATURE_BYTES]
    signature = body[-SIGNATURE_BYTES:]
    manifest = read_manifest(head)
    return RawPacket(manifest, signed, signature, sealed, hashlib.sha256(body).hexdigest())


def read_manifest(head: bytes) -> dict[str, Any]:
    """The manifest, checked for shape; the checksum matched, so a bad one was made on purpose."""
    try:
        manifest = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PacketError("tampered", _t("数据包的清单无法读取，文件已被改动")) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PacketError("tampered", _t("数据包的清单格式不对，文件已被改动"))
    version = manifest.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise PacketError(
            "future_format",
            _t("数据包格式版本为{v}，本程序只支持到{s}：请先升级本程序再导入").format(v=version, s=FORMAT_VERSION),
        )
    for key, kind in MANIFEST_KEYS.items():
        value = manifest.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise PacketError("tampered", _t("数据包清单缺少或写错了“{k}”，文件已被改动").format(k=key))
    if manifest["format_version"] < 1 or manifest["after_seq"] < 0 or manifest["upto_seq"] < manifest["after_seq"]:
        raise PacketError("tampered", _t("数据包清单中的序号范围不合理，文件已被改动"))
    return manifest


def read_entries(payload: bytes, manifest: dict[str, Any]) -> list[list[Any]]:
    """The entries of a decrypted payload, checked against the manifest."""
    try:
        entries = json.loads(payload.decode("utf-8"))["entries"]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise PacketError("tampered", _t("数据包内容格式不对，文件已被改动")) from exc
    if not isinstance(entries, list) or len(entries) != manifest["entries"]:
        raise PacketError("tampered", _t("数据包内容条数与清单不符，文件已被改动"))
    last = manifest["after_seq"]
    upto = manifest["upto_seq"]
    width = len(ENTRY_FIELDS)
    counts: dict[str, int] = {}
    try:
        for entry in entries:
            # Shape and types of what apply() relies on; seqs strictly rising inside the range.
            seq, table, row_uuid, op, version, site, _at, _by, data = entry[:9]
            if (len(entry) != width or type(seq) is not int or type(version) is not int
                    or type(table) is not str or type(row_uuid) is not str or type(op) is not str
                    or type(site) is not str or type(data) is not str or not last < seq <= upto):
                raise ValueError
            last = seq
            counts[table] = counts.get(table, 0) + 1
    except (ValueError, TypeError) as exc:
        raise PacketError("tampered", _t("数据包内容中有格式不对的记录，文件已被改动")) from exc
    if counts != manifest["counts"]:
        raise PacketError("tampered", _t("数据包内容各表条数与清单不符，文件已被改动"))
    return entries
