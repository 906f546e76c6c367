"""This install's identity (site code, database UUID, key pairs) and enrolment of peers.

Keys come from PyNaCl: an Ed25519 signing key (packets are signed by their sender) and a
Curve25519 key (packets are sealed to their receiver). An enrolment file carries a site's
public keys; importing the other side's file from a USB stick is the only way a peer becomes
trusted.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.public import PrivateKey
from nacl.signing import SigningKey, VerifyKey

from app import settings
from app.i18n import translate
from app.sync.fileio import write_atomic
from db.base import now
from db.models import Site
from db.models_sync import Peer, SyncIdentity

ENROL_FORMAT = "fpreg-enrol"
ENROL_VERSION = 1


def _t(text: str) -> str:
    return translate("sync", text)


class SyncError(ValueError):
    """A sync problem whose message is the whole story for the user."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(sign_public_b64: str) -> str:
    """A short code both sides can read to each other over the phone."""
    digest = hashlib.sha256(unb64(sign_public_b64)).hexdigest()[:20].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class Identity:
    site_code: str
    db_uuid: str
    signing_key: SigningKey
    box_key: PrivateKey

    @property
    def sign_public(self) -> str:
        return b64(bytes(self.signing_key.verify_key))

    @property
    def box_public(self) -> str:
        return b64(bytes(self.box_key.public_key))


def identity() -> Identity:
    """This database's identity, created (keys generated) the first time it is asked for."""
    row = SyncIdentity.select().first()
    if row is None:
        code = settings.get("site_code")
        if not code:
            raise SyncError(_t("此数据库尚未初始化站点（请先运行 fpreg init）"))
        row = SyncIdentity.create(
            site_code=code,
            db_uuid=str(uuid.uuid4()),
            sign_private=b64(bytes(SigningKey.generate())),
            box_private=b64(bytes(PrivateKey.generate())),
        )
    return Identity(row.site_code, row.db_uuid, SigningKey(unb64(row.sign_private)),
                    PrivateKey(unb64(row.box_private)))


def _site_kind() -> tuple[str, str, str | None]:
    site = Site.get_or_none(Site.code == settings.get("site_code"))
    if site is None:
        raise SyncError(_t("此数据库尚未初始化站点（请先运行 fpreg init）"))
    return site.name, site.kind, site.parent_code


def enrolment_data() -> dict:
    me = identity()
    name, kind, parent = _site_kind()
    body = {
        "format": ENROL_FORMAT, "version": ENROL_VERSION, "site_code": me.site_code,
        "site_name": name, "kind": kind, "parent_code": parent,
        "sign_public": me.sign_public, "box_public": me.box_public,
        "created_at": dt.datetime.now().replace(microsecond=0).isoformat(),
    }
    signed = me.signing_key.sign(json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return {**body, "self_signature": b64(signed.signature), "fingerprint": fingerprint(me.sign_public)}


def write_enrolment(folder: str | Path) -> Path:
    """Write this site's enrolment file (public keys only) into a folder, e.g. a USB stick."""
    data = enrolment_data()
    Path(folder).mkdir(parents=True, exist_ok=True)
    path = Path(folder) / f"fpreg-enrol-{data['site_code']}.json"
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def read_enrolment(path: str | Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SyncError(_t("无法读取登记文件“{p}”：{e}").format(p=path, e=exc)) from exc
    if not isinstance(data, dict) or data.get("format") != ENROL_FORMAT:
        raise SyncError(_t("“{p}”不是本系统的站点登记文件").format(p=path))
    if not isinstance(data.get("version"), int) or data["version"] > ENROL_VERSION:
        raise SyncError(_t("登记文件“{p}”由较新版本的程序写出，请先升级本程序").format(p=path))
    body = {k: data.get(k) for k in ("format", "version", "site_code", "site_name", "kind",
                                     "parent_code", "sign_public", "box_public", "created_at")}
    try:
        VerifyKey(unb64(body["sign_public"])).verify(
            json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8"),
            unb64(data.get("self_signature", "")),
        )
        unb64(body["box_public"])
    except (BadSignatureError, ValueError, TypeError, AttributeError) as exc:
        raise SyncError(_t("登记文件“{p}”已损坏或被改动（签名不符）").format(p=path)) from exc
    return data


def enrol_peer(path: str | Path) -> Peer:
    """Trust the site described by another install's enrolment file."""
    data = read_enrolment(path)
    me = identity()
    _name, my_kind, _parent = _site_kind()
    if data["site_code"] == me.site_code:
        raise SyncError(_t("这是本站点自己的登记文件（{c}），请导入对方的文件").format(c=me.site_code))
    if data["kind"] == my_kind:
        raise SyncError(
            _t("村只能与乡镇互相登记：本站点和“{c}”都是{k}").format(c=data["site_code"], k=my_kind)
        )
    peer = Peer.get_or_none(Peer.site_code == data["site_code"])
    if peer is None:
        return Peer.create(site_code=data["site_code"], site_name=data["site_name"] or "",
                           kind=data["kind"], sign_public=data["sign_public"],
                           box_public=data["box_public"])
    if peer.sign_public != data["sign_public"] or peer.box_public != data["box_public"]:
        # New keys for a known site (reinstalled PC): trusted only because someone imported
        # the file by hand, exactly like the first time.
        peer.sign_public, peer.box_public = data["sign_public"], data["box_public"]
    peer.site_name, peer.kind, peer.enrolled_at = data["site_name"] or "", data["kind"], now()
    peer.save()
    return peer


def peers() -> list[Peer]:
    return list(Peer.select().order_by(Peer.site_code))


def peer(site_code: str) -> Peer:
    found = Peer.get_or_none(Peer.site_code == site_code)
    if found is None:
        raise SyncError(_t("站点“{c}”尚未登记：请先导入它的登记文件（fpreg enrol --import）").format(c=site_code))
    return found
