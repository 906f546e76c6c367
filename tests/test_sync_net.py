"""Sync over HTTP on loopback and the commands end to end: `fpreg serve` (a real process on a
free port) and three villages running `fpreg enrol`, `fpreg sync`, `fpreg packet …`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.cli import main
from app.sync.export import make_packet
from db.models import WomanCard

from .sync_sites import Place
from .test_sync import assert_same


def run(capsys, *argv: str) -> tuple[int, object]:
    capsys.readouterr()
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else None)


@pytest.fixture(autouse=True)
def backups_in_tmp(tmp_path, monkeypatch):
    """`fpreg packet import` backs up first (app.backup): into the test's folder, not the user's."""
    try:
        import app.backup as backup
    except ImportError:
        return
    monkeypatch.setattr(backup, "backup_folder", lambda: tmp_path / "backups")


@pytest.fixture
def sites(tmp_path):
    township = Place(tmp_path, "T01", "township", "红星镇")
    villages = [Place(tmp_path, f"V00{i}", "village", f"{i}村") for i in (1, 2, 3)]
    for n, v in enumerate(villages):
        v.add_women(3, start=10 * n)
    for place in (township, *villages):
        place.db.close()
    yield township, villages
    for place in (township, *villages):
        place.db.close()


def enrol_by_commands(capsys, tmp_path, township, villages) -> None:
    usb = tmp_path / "usb"
    code, data = run(capsys, "enrol", "--db", str(township.path), "--out", str(usb))
    assert code == 0 and data["site_code"] == "T01"
    for v in villages:
        assert run(capsys, "enrol", "--db", str(v.path), "--out", str(usb),
                   "--import", str(usb / "fpreg-enrol-T01.json"))[0] == 0
        code, data = run(capsys, "enrol", "--db", str(township.path), "--import", str(usb / f"fpreg-enrol-{v.code}.json"))
        assert code == 0 and data["enrolled"]["site_code"] == v.code
    assert [p["site_code"] for p in data["peers"]] == ["V001", "V002", "V003"]


@pytest.fixture
def server(sites, tmp_path):
    township, _villages = sites
    # Its backups before each import land under the test's folder, not the user's data folder.
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--db", str(township.path), "--port", "0", "--host", "127.0.0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=os.getcwd(), env=env,
    )
    try:
        line = proc.stdout.readline()  # printed once the socket listens
        assert line.startswith("fpreg serve: http://"), proc.stderr.read() if proc.poll() is not None else line
        yield line.split(": ", 1)[1].strip()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_usb_round_by_commands(capsys, tmp_path, sites):
    township, villages = sites
    enrol_by_commands(capsys, tmp_path, township, villages)
    stick = tmp_path / "stick"
    for v in villages:
        code, data = run(capsys, "packet", "export", "--db", str(v.path), "--out", str(stick))
        assert code == 0 and data[0]["receiver"] == "T01" and data[0]["entries"] > 0
    files = sorted(stick.glob("*.fpk"))
    assert [f.name.split("-")[1] for f in files] == ["V001", "V002", "V003"]
    code, manifest = run(capsys, "packet", "inspect", str(files[0]))
    assert code == 0 and manifest["counts"]["woman_card"] == 3
    code, data = run(capsys, "packet", "import", "--db", str(township.path), *map(str, files))
    assert code == 0 and [r["status"] for r in data] == ["imported"] * 3
    assert data[0]["backup"]  # taken before anything was applied
    assert (tmp_path / "backups").is_dir() and data[0]["backup"].startswith(str(tmp_path / "backups"))
    code, data = run(capsys, "packet", "import", "--db", str(township.path), str(files[0]))
    assert code == 0 and data[0]["status"] == "already_imported"
    back = tmp_path / "back"
    code, data = run(capsys, "packet", "export", "--db", str(township.path), "--out", str(back))
    assert code == 0 and sorted(d["receiver"] for d in data) == ["V001", "V002", "V003"]
    for v in villages:
        [packet] = back.glob(f"fpreg-T01-to-{v.code}-*.fpk")
        assert run(capsys, "packet", "import", "--db", str(v.path), str(packet))[0] == 0
    code, data = run(capsys, "packet", "conflicts", "--db", str(township.path))
    assert code == 0 and data == []
    # A damaged file: non-zero exit and the reason, in Chinese.
    broken = tmp_path / "broken.fpk"
    broken.write_bytes(files[0].read_bytes()[:-100])
    assert main(["packet", "import", "--db", str(township.path), str(broken)]) == 1
    assert "不完整" in capsys.readouterr().err


def test_three_villages_sync_over_http(capsys, tmp_path, sites, server):
    township, villages = sites
    enrol_by_commands(capsys, tmp_path, township, villages)
    for v in villages:
        code, data = run(capsys, "sync", "--db", str(v.path), "--url", server)
        assert code == 0, data
        assert data["server"] == "T01" and data["pushed"]["status"] == "imported"
        assert data["pushed"]["summary"]["tables"]["woman_card"]["imported"] == 3
    villages[0].add_women(1, start=40)
    for v in villages:  # second round: acknowledgements come back, the new woman goes up
        code, data = run(capsys, "sync", "--db", str(v.path), "--url", server)
        assert code == 0, data
    for v in villages:
        v.reopen()
        with v:
            assert make_packet("T01").manifest["entries"] == 0  # outbox acknowledged
    township.reopen()
    assert_same(township, villages)
    with township:
        assert WomanCard.select().count() == 10


def test_unreachable_server_is_retried_then_reported(capsys, sites, tmp_path):
    township, villages = sites
    enrol_by_commands(capsys, tmp_path, township, villages)
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    capsys.readouterr()
    code = main(["sync", "--db", str(villages[0].path), "--url", f"http://127.0.0.1:{port}",
                 "--retries", "3", "--delay", "0"])
    err = capsys.readouterr().err
    assert code == 1 and "已重试3次" in err and err.count("后重试") == 2
