"""fpreg backup now|auto|list|verify|restore: the same services as the Backup menu."""

from __future__ import annotations

import argparse
from pathlib import Path

# Imported here so every fpreg command shares one backup module (cheap: sqlite3 and pathlib).
from app import backup
from app.cli.common import CommandError, add_db_argument, add_json_argument, emit


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("backup", help="备份与恢复 (back up, list, verify, restore)")
    sub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    now = sub.add_parser("now", help="立即备份 (back up now)")
    add_db_argument(now)
    now.add_argument("--folder", type=Path, default=None, help="备份到此文件夹，例如U盘 (default: backup folder)")
    now.add_argument("--reason", default=None, help="写进文件名的原因 (default: manual, usb with --folder)")
    add_json_argument(now)
    now.set_defaults(handler=run_now)

    auto = sub.add_parser("auto", help="今天还没有备份时备份并轮换 (daily backup with rotation)")
    add_db_argument(auto)
    auto.add_argument("--folder", type=Path, default=None)
    add_json_argument(auto)
    auto.set_defaults(handler=run_auto)

    ls = sub.add_parser("list", help="列出备份 (list backups)")
    add_db_argument(ls)
    ls.add_argument("--folder", type=Path, default=None)
    add_json_argument(ls)
    ls.set_defaults(handler=run_list)

    verify = sub.add_parser("verify", help="检查备份文件 (verify a backup file)")
    verify.add_argument("file", type=Path)
    verify.add_argument("--site", default=None, help="应属于的站点代码 (expected site code)")
    add_json_argument(verify)
    verify.set_defaults(handler=run_verify)

    restore = sub.add_parser("restore", help="从备份恢复 (restore a backup)")
    restore.add_argument("file", type=Path)
    add_db_argument(restore, required=True)
    add_json_argument(restore)
    restore.set_defaults(handler=run_restore)


def _call(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except backup.BackupError as exc:
        raise CommandError(str(exc)) from exc


def run_now(args: argparse.Namespace) -> int:
    reason = args.reason or ("usb" if args.folder else "manual")
    path = _call(backup.backup_now, args.db, args.folder, reason, rotate_after=None if args.folder is None else False)
    size = path.stat().st_size
    emit(args, {"ok": True, "file": str(path), "size": size}, f"已备份到 {path}（{_mb(size)}）")
    return 0


def run_auto(args: argparse.Namespace) -> int:
    path = _call(backup.auto_backup, args.db, args.folder)
    emit(args, {"ok": True, "file": str(path) if path else None},
         f"已备份到 {path}" if path else "今天已有备份，未再备份")
    return 0


def run_list(args: argparse.Namespace) -> int:
    found = backup.list_backups(args.folder, db_path=args.db)
    folder = args.folder or backup.backup_folder()
    lines = [f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.site_code or '-':<8} {b.reason:<14} {_mb(b.size):>10}  {b.path}"
             for b in found]
    emit(args, {"ok": True, "folder": str(folder), "backups": [b.as_json() for b in found]},
         "\n".join(lines) if lines else f"“{folder}”中没有备份")
    return 0


def _describe(info: backup.BackupInfo) -> str:
    taken = f"{info.taken_at:%Y-%m-%d %H:%M:%S}" if info.taken_at else "（文件名中无时间）"
    return (f"站点：{info.site_code} {info.site_name}\n备份时间：{taken}\n数据库版本：{info.schema_version}\n"
            f"登记妇女：{info.women}  人员：{info.persons}  用户：{info.users}  变更记录：{info.changes}\n"
            f"最后修改：{info.last_change or '-'}")


def run_verify(args: argparse.Namespace) -> int:
    info = _call(backup.verify_backup, args.file, args.site)
    emit(args, {"ok": True, **info.as_json()}, f"备份完好：{args.file}\n{_describe(info)}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app.backup_restore import site_of_target

    site = site_of_target(args.db)
    info = _call(backup.verify_backup, args.file, site)
    kept = _call(backup.restore, args.file, args.db, expected_site=site, info=info)
    emit(args, {"ok": True, "restored": str(args.file), "db": str(args.db), "kept": str(kept) if kept else None,
                **{k: v for k, v in info.as_json().items() if k != "path"}},
         f"已从 {args.file} 恢复到 {args.db}" + (f"；原数据库保留为 {kept}" if kept else "") + f"\n{_describe(info)}")
    return 0
