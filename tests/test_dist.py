"""Bundles and installers: version files from one source, and the Debian package built,
installed, run and removed (CI runs only `make test`, so the build-and-install test lives here).
"""

from __future__ import annotations

import ast
import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from installers.gen_version import generate, numeric_parts, project_version, render

ROOT = Path(__file__).resolve().parent.parent


def test_windows_files_carry_the_pyproject_version(tmp_path):
    version = project_version()
    iss, info = generate(tmp_path)
    iss_text, info_text = iss.read_text(encoding="utf-8"), info.read_text(encoding="utf-8")
    assert f'#define AppVersion "{version}"' in iss_text
    assert "VersionInfoVersion=" + ".".join(map(str, numeric_parts(version))) in iss_text
    assert "@" not in iss_text.replace("@VERSION", "")  # no placeholder left
    numbers = ", ".join(map(str, numeric_parts(version)))
    assert f"filevers=({numbers})" in info_text and f"prodvers=({numbers})" in info_text
    assert f"StringStruct('ProductVersion', '{version}')" in info_text
    ast.parse(info_text)  # PyInstaller evaluates it as a Python expression


def test_another_version_flows_into_every_template(tmp_path):
    iss, info = generate(tmp_path, version="2.13.4rc1")
    assert '#define AppVersion "2.13.4rc1"' in iss.read_text(encoding="utf-8")
    assert "VersionInfoVersion=2.13.4.0" in iss.read_text(encoding="utf-8")
    assert "filevers=(2, 13, 4, 0)" in info.read_text(encoding="utf-8")
    control = render((ROOT / "installers" / "debian" / "control.in").read_text(encoding="utf-8"),
                     "2.13.4rc1", ARCH="amd64", INSTALLED_SIZE="10")
    assert "Version: 2.13.4rc1\n" in control and "Architecture: amd64\n" in control


def test_render_refuses_a_placeholder_without_value():
    with pytest.raises(ValueError, match="@ARCH@"):
        render("Architecture: @ARCH@", "1.0")


def test_the_program_reports_the_pyproject_version():
    import app
    from app.cli import main

    assert app.__version__ == project_version()
    out = subprocess.run([sys.executable, "-m", "app.cli", "--version"], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == f"fpreg {project_version()}"
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0


def test_smoke_run_opens_the_login_window(db_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "app.cli", "gui", "--db", str(db_path), "--smoke"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke: login window shown" in done.stdout and done.stdout.strip().endswith("smoke: ok")


def test_smoke_run_fails_clearly_without_a_database(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "app.cli", "gui", "--db", str(tmp_path / "none.db"), "--smoke"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "smoke: FAILED" in done.stderr


def _why_no_install() -> str | None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        return "the Debian package is built only on Debian/Ubuntu (no dpkg-deb here)"
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return "PyInstaller is not installed (pip install -e '.[dist]', or make dist-test)"
    if os.geteuid() != 0:
        return "installing the .deb needs root (dpkg -i); run the suite as root or in CI"
    return None


@pytest.fixture
def build(tmp_path):
    """The build folder (~400 MB with PyInstaller's work files): removed afterwards."""
    folder = tmp_path / "build"
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(_why_no_install() is not None, reason=_why_no_install() or "")
def test_debian_package_builds_installs_runs_and_removes(tmp_path, build):
    done = subprocess.run([sys.executable, "installers/build.py", "--build-dir", str(build)], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    deb = Path(done.stdout.strip().splitlines()[-1])
    assert deb.name == f"fpreg_{project_version()}_{_arch()}.deb" and deb.is_file()
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./usr/bin/fpreg", "./usr/share/applications/fpreg.desktop", "./opt/fpreg/fpreg",
                 "./usr/share/icons/hicolor/256x256/apps/fpreg.png", "./opt/fpreg/_internal/resources/i18n/fpreg_en.qm",
                 "./opt/fpreg/_internal/resources/fonts/wqy-microhei.ttc",
                 "./opt/fpreg/_internal/resources/followup_rules.json", "./opt/fpreg/_internal/docs/user-guide.zh.md"):
        assert path in listing, path
    assert "root/root" in listing.splitlines()[0]

    # Other test runs on this machine may install the package at the same time: one at a time.
    with open("/tmp/fpreg-dist-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "fpreg"], capture_output=True, text=True)
        if "installed" in status.stdout.split():
            pytest.skip("an fpreg package is installed on this machine already; not replacing it")
        installed = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
        try:
            assert installed.returncode == 0, installed.stdout + installed.stderr
            _check_installed(tmp_path, deb)
        finally:
            removed = subprocess.run(["dpkg", "--purge", "fpreg"], capture_output=True, text=True)
        assert removed.returncode == 0, removed.stderr
        assert not Path("/opt/fpreg").exists() and not Path("/usr/bin/fpreg").exists()


def _arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()


def _check_installed(tmp_path: Path, _installed_deb: Path) -> None:
    assert Path("/usr/share/applications/fpreg.desktop").read_text(encoding="utf-8").count("Exec=fpreg gui") == 1
    # A clean environment: the bundle must not lean on the source tree or the venv.
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    version = subprocess.run(["fpreg", "--version"], capture_output=True, text=True, env=env, cwd=home,
                             timeout=120)
    assert version.stdout.strip() == f"fpreg {project_version()}", version.stderr
    smoke = subprocess.run(["fpreg", "gui", "--demo", "--smoke"], capture_output=True, text=True, env=env,
                           cwd=home, timeout=300)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke: login window shown" in smoke.stdout and "smoke: main window shown" in smoke.stdout
    assert smoke.stdout.strip().endswith("smoke: ok")
    # The CLI works too, on the demo database the smoke run created in the user's data folder.
    demo_db = home / ".local" / "share" / "fpreg" / "demo.db"
    assert demo_db.is_file()
    found = subprocess.run(["fpreg", "due", "--db", str(demo_db), "--json", "--view", "all", "--limit", "3"],
                           capture_output=True, text=True, env=env, cwd=home, timeout=120)
    assert found.returncode == 0, found.stderr
    assert found.stdout.lstrip().startswith(("{", "["))
    # Installing over the installed version keeps the user's data (it lives outside /opt/fpreg).
    before = demo_db.read_bytes()
    again = subprocess.run(["dpkg", "-i", str(_installed_deb)], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert demo_db.read_bytes() == before
    reopened = subprocess.run(["fpreg", "gui", "--db", str(demo_db), "--smoke"], capture_output=True, text=True,
                              env=env, cwd=home, timeout=300)
    assert reopened.returncode == 0 and "smoke: ok" in reopened.stdout, reopened.stdout + reopened.stderr
