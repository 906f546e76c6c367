"""First run: validate the choices of the set-up wizard, create the database, remember where.

The wizard (ui/first_run_wizard.py) is a thin face over this module, so every rule here is
tested without Qt. Where the data lives is remembered in a small JSON file in the user's
config folder (FPREG_CONFIG_DIR overrides it, for tests and portable installs), because the
database cannot tell us where the database is.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import re
from pathlib import Path
from typing import Any

import platformdirs

from app.i18n import translate

CONFIG_NAME = "config.json"
DB_NAME = "fpreg.db"
SITE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_]{1,19}$")
LANGUAGES = ("zh_CN", "en")


def _t(text: str) -> str:
    return translate("first_run", text)


class FirstRunError(ValueError):
    """A wizard choice that cannot be used; the message names the field and the problem."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


# -- where things live ----------------------------------------------------------------------------
def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("fpreg", appauthor=False))


def config_path() -> Path:
    base = os.environ.get("FPREG_CONFIG_DIR") or platformdirs.user_config_dir("fpreg", appauthor=False)
    return Path(base) / CONFIG_NAME


def load_config() -> dict[str, Any]:
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_config(updates: dict[str, Any]) -> Path:
    """Merge `updates` into the config file (written to a temp file, then renamed)."""
    path = config_path()
    data = load_config()
    data.update(updates)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def configured_db() -> Path | None:
    value = load_config().get("db_path")
    return Path(value) if value else None


def configured_backup_folder() -> Path | None:
    value = load_config().get("backup_folder")
    return Path(value) if value else None


def needs_first_run(db_path: Path) -> bool:
    """True when there is no database yet at the path the program is about to open."""
    return not Path(db_path).exists()


# -- the wizard's choices -------------------------------------------------------------------------
@dataclasses.dataclass
class FirstRunChoices:
    language: str = "zh_CN"
    kind: str = "village"  # village | township
    site_code: str = ""
    site_name: str = ""
    parent_code: str = ""  # the township of a village
    admin_username: str = "admin"
    admin_name: str = ""
    admin_password: str = ""
    admin_password_again: str = ""
    enrolment_file: str = ""  # optional: the township's enrolment file from a USB stick
    data_folder: str = ""
    backup_folder: str = ""

    @property
    def db_path(self) -> Path:
        return Path(self.data_folder) / DB_NAME


def min_password_length() -> int:
    from app.settings import defaults

    return int(defaults()["min_password_length"])


def check_language(c: FirstRunChoices) -> None:
    if c.language not in LANGUAGES:
        raise FirstRunError(_t("界面语言应为简体中文或English"), "language")


def check_site(c: FirstRunChoices) -> None:
    if c.kind not in ("village", "township"):
        raise FirstRunError(_t("请选择本机用于村服务室还是乡镇"), "kind")
    if not SITE_CODE.match(c.site_code.strip()):
        raise FirstRunError(
            _t("站点代码“{v}”不正确：应为2到20个字母、数字或下划线，例如 V001").format(v=c.site_code),
            "site_code",
        )
    if not c.site_name.strip():
        raise FirstRunError(_t("请填写站点名称（村或乡镇的名字）"), "site_name")
    parent = c.parent_code.strip()
    if parent and not SITE_CODE.match(parent):
        raise FirstRunError(_t("乡镇代码“{v}”不正确：应为2到20个字母、数字或下划线").format(v=parent), "parent_code")
    if parent and parent == c.site_code.strip():
        raise FirstRunError(_t("乡镇代码不能与本站点代码相同"), "parent_code")


def check_admin(c: FirstRunChoices) -> None:
    if not c.admin_username.strip():
        raise FirstRunError(_t("请填写管理员的用户名"), "admin_username")
    minimum = min_password_length()
    if len(c.admin_password) < minimum:
        raise FirstRunError(_t("密码至少需要{n}个字符").format(n=minimum), "admin_password")
    if c.admin_password != c.admin_password_again:
        raise FirstRunError(_t("两次输入的密码不一致"), "admin_password_again")


def check_enrolment(c: FirstRunChoices) -> None:
    if c.enrolment_file and not Path(c.enrolment_file).is_file():
        raise FirstRunError(
            _t("找不到登记文件“{p}”：请插好U盘后重新选择，或先跳过").format(p=c.enrolment_file),
            "enrolment_file",
        )


def _writable_folder(value: str, field: str, what: str) -> Path:
    if not value.strip():
        raise FirstRunError(_t("请选择{w}").format(w=what), field)
    folder = Path(value).expanduser()
    from app.backup_files import prepare_folder
    from app.backup_verify import BackupError

    try:
        prepare_folder(folder)
    except BackupError as exc:
        raise FirstRunError(str(exc), field) from exc
    return folder


def check_folders(c: FirstRunChoices) -> None:
    data = _writable_folder(c.data_folder, "data_folder", _t("数据文件夹"))
    backup = _writable_folder(c.backup_folder, "backup_folder", _t("备份文件夹"))
    if (data / DB_NAME).exists():
        raise FirstRunError(
            _t("数据文件夹里已有数据库“{p}”，不会覆盖；如需恢复旧数据请用“恢复备份”").format(p=data / DB_NAME),
            "data_folder",
        )
    if backup.resolve() == data.resolve():
        raise FirstRunError(_t("备份文件夹应与数据文件夹分开（最好在另一块磁盘或U盘上）"), "backup_folder")


PAGE_CHECKS = {
    "language": (check_language,),
    "site": (check_site,),
    "admin": (check_admin,),
    "enrolment": (check_enrolment,),
    "folders": (check_folders,),
}


def validate(c: FirstRunChoices, page: str | None = None) -> None:
    """Check one wizard page (or all); raises FirstRunError naming the field."""
    pages = [page] if page else list(PAGE_CHECKS)
    for name in pages:
        for check in PAGE_CHECKS[name]:
            check(c)


@dataclasses.dataclass(frozen=True)
class FirstRunResult:
    db_path: Path
    config_path: Path
    enrolment: str  # "imported" | "saved" (for later) | "" (none given)
    enrolment_problem: str = ""  # why an enrolment file given was not imported


def _import_enrolment(path: str) -> bool:
    """Enrol the township from its file through sync (issue 7) when that is installed; False
    when it is not (the path is then kept for the Sync menu)."""
    try:
        module = importlib.import_module("app.sync.identity")
    except ModuleNotFoundError as exc:
        if exc.name in ("app.sync", "app.sync.identity"):
            return False
        raise
    enrol = getattr(module, "enrol_peer", None)
    if enrol is None:
        return False
    enrol(Path(path))
    return True


def complete(c: FirstRunChoices) -> FirstRunResult:
    """Validate everything, create the database with the site and its admin, save the config."""
    validate(c)
    from app import settings
    from app.sites import init_database

    db_path = c.db_path
    db = init_database(
        db_path, site_code=c.site_code.strip(), site_name=c.site_name.strip(), kind=c.kind,
        parent_code=c.parent_code.strip() or None, admin_username=c.admin_username.strip(),
        admin_password=c.admin_password,
    )
    try:
        if c.admin_name.strip():
            from db.models import User

            User.update(display_name=c.admin_name.strip()).where(
                User.username == c.admin_username.strip()
            ).execute()
        enrolment, problem = "", ""
        if c.enrolment_file:
            try:
                imported = _import_enrolment(c.enrolment_file)
            except (ValueError, RuntimeError) as exc:  # a bad file must not undo the set-up
                imported, problem = False, str(exc)
            if imported:
                enrolment = "imported"
            else:
                settings.put("pending_enrolment_file", c.enrolment_file)
                enrolment = "saved"
    finally:
        db.close()
    config = save_config({
        "language": c.language,
        "db_path": str(db_path),
        "backup_folder": str(Path(c.backup_folder).expanduser()),
        "site_code": c.site_code.strip(),
    })
    return FirstRunResult(db_path, config, enrolment, problem)
