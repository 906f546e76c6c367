"""First run without Qt: each page's rules, then the database, admin and config it creates."""

from __future__ import annotations

import pytest

from app import first_run
from app.first_run import FirstRunChoices, FirstRunError, complete, load_config, validate

pytest_plugins = ["tests.backup_fixtures"]


@pytest.fixture
def choices(tmp_path) -> FirstRunChoices:
    return FirstRunChoices(
        language="zh_CN", kind="village", site_code="V001", site_name="红旗村", parent_code="T01",
        admin_username="admin", admin_name="王会计", admin_password="secret-1", admin_password_again="secret-1",
        data_folder=str(tmp_path / "data"), backup_folder=str(tmp_path / "backups"),
    )


@pytest.mark.parametrize(
    ("page", "change", "field", "message"),
    [
        ("language", {"language": "fr"}, "language", "界面语言"),
        ("site", {"kind": "county"}, "kind", "村服务室还是乡镇"),
        ("site", {"site_code": "红旗"}, "site_code", "站点代码“红旗”不正确"),
        ("site", {"site_code": "V"}, "site_code", "2到20个"),
        ("site", {"site_name": "  "}, "site_name", "站点名称"),
        ("site", {"parent_code": "V001"}, "parent_code", "不能与本站点代码相同"),
        ("admin", {"admin_username": " "}, "admin_username", "用户名"),
        ("admin", {"admin_password": "abc", "admin_password_again": "abc"}, "admin_password", "至少需要6个字符"),
        ("admin", {"admin_password_again": "secret-2"}, "admin_password_again", "不一致"),
        ("enrolment", {"enrolment_file": "/no/such/stick/enrol.json"}, "enrolment_file", "插好U盘"),
        ("folders", {"data_folder": ""}, "data_folder", "请选择数据文件夹"),
    ],
)
def test_each_page_names_its_problem(choices, page, change, field, message):
    for key, value in change.items():
        setattr(choices, key, value)
    with pytest.raises(FirstRunError, match=message) as caught:
        validate(choices, page)
    assert caught.value.field == field


def test_backup_folder_must_differ_from_data_folder(choices):
    choices.backup_folder = choices.data_folder
    with pytest.raises(FirstRunError, match="分开") as caught:
        validate(choices, "folders")
    assert caught.value.field == "backup_folder"


def test_an_existing_database_is_never_overwritten(choices, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "fpreg.db").write_bytes(b"precious")
    with pytest.raises(FirstRunError, match="不会覆盖"):
        complete(choices)
    assert (tmp_path / "data" / "fpreg.db").read_bytes() == b"precious"


def test_complete_creates_the_site_admin_and_config(choices, tmp_path):
    result = complete(choices)
    assert result.db_path == tmp_path / "data" / "fpreg.db" and result.enrolment == ""
    config = load_config()
    assert config == {"language": "zh_CN", "db_path": str(result.db_path),
                      "backup_folder": str(tmp_path / "backups"), "site_code": "V001"}
    assert first_run.configured_db() == result.db_path

    from app.auth import login
    from app.sites import local_site
    from db.schema import open_sqlite

    db = open_sqlite(result.db_path)
    try:
        site = local_site()
        assert (site.code, site.name, site.kind, site.parent_code) == ("V001", "红旗村", "village", "T01")
        session = login("admin", "secret-1", "V001")
        assert session.role == "admin" and session.display_name == "王会计"
    finally:
        db.close()


def test_enrolment_file_is_kept_for_later_when_sync_cannot_import_it(choices, tmp_path, monkeypatch):
    enrol = tmp_path / "usb" / "enrol-T01.json"
    enrol.parent.mkdir()
    enrol.write_text("{}")
    choices.enrolment_file = str(enrol)
    monkeypatch.setattr(first_run, "_import_enrolment", lambda path: False)
    result = complete(choices)
    assert result.enrolment == "saved"

    from app import settings
    from db.schema import open_sqlite

    db = open_sqlite(result.db_path)
    try:
        assert settings.get("pending_enrolment_file") == str(enrol)
    finally:
        db.close()


def test_enrolment_file_goes_to_sync_when_it_can_import(choices, tmp_path, monkeypatch):
    enrol = tmp_path / "enrol.json"
    enrol.write_text("{}")
    choices.enrolment_file = str(enrol)
    seen = []
    monkeypatch.setattr(first_run, "_import_enrolment", lambda path: seen.append(path) or True)
    assert complete(choices).enrolment == "imported"
    assert seen == [str(enrol)]


def test_needs_first_run_only_without_a_database(tmp_path):
    assert first_run.needs_first_run(tmp_path / "fpreg.db")
    (tmp_path / "fpreg.db").write_bytes(b"")
    assert not first_run.needs_first_run(tmp_path / "fpreg.db")


def test_a_real_township_enrolment_file_enrols_the_township(choices, tmp_path):
    sync = pytest.importorskip("app.sync.identity")
    from app.sites import init_database
    from db.schema import open_sqlite

    township = init_database(tmp_path / "t01.db", site_code="T01", site_name="前进镇", kind="township")
    enrol = sync.write_enrolment(tmp_path / "usb")
    township.close()
    choices.enrolment_file = str(enrol)
    result = complete(choices)
    assert result.enrolment == "imported"
    db = open_sqlite(result.db_path)
    try:
        assert [p.site_code for p in sync.peers()] == ["T01"]
    finally:
        db.close()


def test_a_bad_enrolment_file_does_not_stop_the_set_up(choices, tmp_path):
    pytest.importorskip("app.sync.identity")
    bad = tmp_path / "enrol.json"
    bad.write_text("{not json")
    choices.enrolment_file = str(bad)
    result = complete(choices)
    assert result.enrolment == "saved" and "登记文件" in result.enrolment_problem
    assert result.db_path.exists()
