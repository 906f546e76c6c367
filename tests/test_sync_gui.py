"""The sync menu: enrol, export to a folder, import the township's answer, a failed network
sync reported; all in the background, the last sync shown in menu and status bar."""

from __future__ import annotations

from app.sync import identity as ident
from app.sync.importer import import_packet
from db.connection import bind, database

from .sync_sites import Place

pytest_plugins = ["tests.gui_fixtures"]


def test_sync_menu_round_trip(qtbot, main_window, tmp_path, monkeypatch):
    import app.backup as backup

    monkeypatch.setattr(backup, "backup_folder", lambda: tmp_path / "backups")  # not the user's folder
    village_db = database.obj
    (tmp_path / "t").mkdir()
    township = Place(tmp_path / "t", "T01", "township", "红星镇")
    with township:
        t_file = ident.write_enrolment(tmp_path / "enrol")
    bind(village_db)
    menu = main_window.sync_menu
    assert menu.last_action.text() == "尚未同步" and menu.status_label.text() == "尚未同步"

    with qtbot.waitSignal(menu.finished) as got:
        menu.enrol(t_file)
    assert got.args[0] is True and "T01" in got.args[1] and "指纹" in got.args[1]
    with qtbot.waitSignal(menu.finished) as got:
        menu.write_enrolment(tmp_path / "enrol")
    assert got.args[0] is True

    with qtbot.waitSignal(menu.finished, timeout=30_000) as got:
        menu.export_to(tmp_path / "usb")
    assert got.args[0] is True, got.args[1]
    [packet] = (tmp_path / "usb").glob("fpreg-V001-to-T01-*.fpk")
    assert menu.export_action.isEnabled()

    with township:
        ident.enrol_peer(tmp_path / "enrol" / "fpreg-enrol-V001.json")
        assert import_packet(packet, backup=False).summary["tables"]["woman_card"]["imported"] == 7
        from app.sync.export import export_packet

        answer = tmp_path / "back" / export_packet("V001", tmp_path / "back").name
    bind(village_db)
    with qtbot.waitSignal(menu.finished, timeout=30_000) as got:
        menu.import_files([answer])
    assert got.args[0] is True and "已导入“T01”" in got.args[1]
    assert menu.last_box is not None and "已导入" in menu.last_box.text()
    assert list((tmp_path / "backups").glob("*"))  # the import backed up first

    menu.attempts, menu.delay = 1, 0
    with qtbot.waitSignal(menu.finished, timeout=30_000) as got:
        menu.sync_now("http://127.0.0.1:9")  # nobody listens on the discard port
    assert got.args[0] is False and "无法连接" in got.args[1]
    assert menu.sync_action.isEnabled() and not menu.busy
    township.db.close()
