"""Checking a backup file before anyone relies on it: is it whole, ours, this site's, not too new.

Each kind of bad file gets its own message, so a worker at a village PC knows whether to try
another file, another USB stick, or to call the township.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

from app.i18n import translate
from db.schema import APPLICATION_ID, CODE_SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
# fpreg-<site>-<YYYYMMDD-HHMMSS>-<reason>.db; schema upgrades leave <stem>.before-vN.<stamp>.bak
NAME = re.compile(r"^fpreg-(?P<site>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.db$")
UPGRADE_NAME = re.compile(r"^.+\.(?P<reason>before-v\d+)\.(?P<stamp>\d{8}-\d{6})\.bak$")
STAMP_FORMAT = "%Y%m%d-%H%M%S"


def _t(text: str) -> str:
    return translate("backup", text)


class BackupError(RuntimeError):
    """A backup that cannot be made, trusted or restored; the message says why in Chinese."""


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    path: Path
    site_code: str
    site_name: str
    schema_version: int
    taken_at: dt.datetime | None  # from the file name; None for a renamed file
    reason: str
    size: int
    women: int  # registered women (cards not voided)
    persons: int
    users: int
    changes: int  # change-log entries
    last_change: str  # time of the newest change-log entry, "" when none

    def as_json(self) -> dict:
        data = dataclasses.asdict(self)
        data["path"] = str(self.path)
        data["taken_at"] = self.taken_at.isoformat(sep=" ") if self.taken_at else None
        return data


def parse_name(path: Path) -> tuple[str | None, dt.datetime | None, str]:
    """(site code, time taken, reason) from a backup's file name, or (None, None, "")."""
    match = NAME.match(path.name) or UPGRADE_NAME.match(path.name)
    if not match:
        return None, None, ""
    try:
        stamp = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None, None, ""
    site = match.groupdict().get("site")
    return site, stamp, match["reason"]


def _header_checks(path: Path) -> None:
    try:
        if path.is_dir():
            raise BackupError(_t("“{p}”是一个文件夹，请选择备份文件").format(p=path))
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise BackupError(_t("备份文件“{p}”不存在").format(p=path)) from None
    except OSError as exc:
        raise BackupError(_t("无法读取备份文件“{p}”：{e}").format(p=path, e=exc.strerror or exc)) from exc
    if size == 0:
        raise BackupError(_t("备份文件“{p}”是空的（0字节），备份没有写完，不能使用").format(p=path))
    if not head.startswith(SQLITE_MAGIC[: len(head)]) or len(head) < len(SQLITE_MAGIC):
        raise BackupError(
            _t("“{p}”不是数据库备份文件（可能选错了文件），不能用来恢复").format(p=path)
        )
    if len(head) < 100:
        raise BackupError(_t("备份文件“{p}”不完整（文件被截断），不能使用").format(p=path))
    # The header records the file's length in pages (valid when the two counters agree, which
    # they do for every file written by SQLite 3.7+); a shorter file lost its tail.
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    counters_agree = head[24:28] == head[92:96]
    if counters_agree and pages and size < pages * page_size:
        raise BackupError(
            _t("备份文件“{p}”不完整（文件被截断：应有{e}字节，只有{s}字节），不能使用").format(
                p=path, e=pages * page_size, s=size
            )
        )


# Reading through a memory map instead of read() calls: a third off copying and checking a
# county-sized file (SQLite caps the map at about 2 GB; larger files are partly mapped).
MMAP_BYTES = 2_147_418_112


def _connect_readonly(path: Path) -> sqlite3.Connection:
    # immutable: no lock or -shm file next to it, so a write-protected USB stick works too.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"  # file:///C:/… on Windows too
    conn = sqlite3.connect(uri, uri=True)
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}").fetchall()
    return conn


def _scalar(conn: sqlite3.Connection, sql: str, default: object = 0) -> object:
    try:
        row = conn.execute(sql).fetchone()
    except sqlite3.OperationalError:  # a table this schema version does not have
        return default
    return row[0] if row and row[0] is not None else default


def read_site(conn: sqlite3.Connection) -> tuple[str, str]:
    """(site code, site name) of an open register database ("" when not set)."""
    raw = _scalar(conn, "SELECT value FROM setting WHERE key = 'site_code'", "")
    try:
        code = json.loads(raw) if raw else ""
    except (TypeError, ValueError):
        code = str(raw)
    name = ""
    if code:
        row = conn.execute("SELECT name FROM site WHERE code = ?", (code,)).fetchone()
        name = row[0] if row else ""
    return str(code or ""), name


def _corrupt(path: Path, detail: object) -> BackupError:
    return BackupError(
        _t("备份文件“{p}”已损坏（{e}），不能用来恢复；请换一个备份文件").format(p=path, e=detail)
    )


CHECKS = ("integrity", "quick", "light")


def verify_backup(
    path: str | Path, expected_site: str | None = None, *, quick: bool = False, check: str | None = None
) -> BackupInfo:
    """Check a backup and describe it; raises BackupError naming what is wrong.

    check: "integrity" (default: PRAGMA integrity_check, what a restore runs), "quick"
    (quick=True: PRAGMA quick_check, for a copy just written to a USB stick) or "light"
    (header, length, owner, version and site only, no counts: a copy SQLite itself just wrote
    into the backup folder, where reading the whole file again would double the time).
    """
    path = Path(path)
    check = check or ("quick" if quick else "integrity")
    if check not in CHECKS:
        raise ValueError(check)
    _header_checks(path)
    try:
        conn = _connect_readonly(path)
    except sqlite3.Error as exc:
        raise BackupError(_t("无法打开备份文件“{p}”：{e}").format(p=path, e=exc)) from exc
    try:
        if check != "light":
            try:
                pragma = "quick_check" if check == "quick" else "integrity_check"
                result = [row[0] for row in conn.execute(f"PRAGMA {pragma}(5)")]
            except sqlite3.DatabaseError as exc:
                if "disk I/O" in str(exc):  # e.g. the USB stick was pulled out
                    raise BackupError(_t("读取备份文件“{p}”时出错：{e}").format(p=path, e=exc)) from exc
                raise _corrupt(path, exc) from exc
            if result != ["ok"]:
                raise _corrupt(path, "; ".join(result[:3]))
        app_id = _scalar(conn, "PRAGMA application_id")
        version = int(_scalar(conn, "PRAGMA user_version"))
        if app_id != APPLICATION_ID or version == 0:
            raise BackupError(
                _t("“{p}”是别的程序的数据库，不是本系统的备份，不能用来恢复").format(p=path)
            )
        if version > CODE_SCHEMA_VERSION:
            raise BackupError(
                _t(
                    "备份“{p}”由较新版本的程序写入（数据库版本{f}，本程序支持到{c}），"
                    "请先升级本程序再恢复"
                ).format(p=path, f=version, c=CODE_SCHEMA_VERSION)
            )
        site_code, site_name = read_site(conn)
        if not site_code:
            raise BackupError(_t("备份“{p}”里没有站点信息，不是完整的站点数据库").format(p=path))
        if expected_site is not None and site_code != expected_site:
            raise BackupError(
                _t(
                    "备份“{p}”属于站点{s}（{n}），不是本站点{e}的备份；"
                    "恢复它会用别的站点的数据覆盖本站点，已拒绝"
                ).format(p=path, s=site_code, n=site_name, e=expected_site)
            )
        _, taken_at, reason = parse_name(path)
        if check == "light":
            return BackupInfo(path, site_code, site_name, version, taken_at, reason, path.stat().st_size,
                              0, 0, 0, 0, "")
        return BackupInfo(
            path=path,
            site_code=site_code,
            site_name=site_name,
            schema_version=version,
            taken_at=taken_at,
            reason=reason,
            size=path.stat().st_size,
            women=int(_scalar(conn, "SELECT count(*) FROM woman_card WHERE NOT voided")),
            persons=int(_scalar(conn, "SELECT count(*) FROM person WHERE NOT voided")),
            users=int(_scalar(conn, 'SELECT count(*) FROM "user" WHERE active')),
            changes=int(_scalar(conn, "SELECT count(*) FROM change_log")),
            last_change=str(_scalar(conn, "SELECT max(at) FROM change_log", "")),
        )
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, exc) from exc
    finally:
        conn.close()
