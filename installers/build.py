"""Build the Linux bundle and the Debian package (what `make dist` runs).

    .venv/bin/python installers/build.py [--skip-bundle]

Everything goes under build/ (or --build-dir):
1. build/installers/: the Windows version-info file and Inno Setup script (gen_version.py);
2. build/dist/fpreg/: the one-folder PyInstaller bundle (installers/fpreg.spec);
3. build/fpreg_<version>_<arch>.deb: the bundle in /opt/fpreg, /usr/bin/fpreg, a menu entry
   and the icon (dpkg-deb, files owned by root).
Prints the path of the .deb last.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from installers.gen_version import ROOT, generate, project_version, render  # noqa: E402

BUILD = ROOT / "build"
BUNDLE = BUILD / "dist" / "fpreg"
DEBIAN = ROOT / "installers" / "debian"


def build_bundle(build: Path = BUILD) -> Path:
    """PyInstaller with the interpreter running this script (the project's venv)."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "pyinstaller"),
         str(ROOT / "installers" / "fpreg.spec")],
        cwd=ROOT, check=True,
    )
    return build / "dist" / "fpreg"


def _tree_kib(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) // 1024 + 1


def build_deb(bundle: Path = BUNDLE, outdir: Path = BUILD) -> Path:
    version = project_version()
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    stage = outdir / "deb" / f"fpreg_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / "opt" / "fpreg", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    shutil.copy2(DEBIAN / "fpreg", stage / "usr" / "bin" / "fpreg")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(DEBIAN / "fpreg.desktop", apps / "fpreg.desktop")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "fpreg.png", icons / "fpreg.png")
    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    control = render((DEBIAN / "control.in").read_text(encoding="utf-8"), version,
                     ARCH=arch, INSTALLED_SIZE=str(_tree_kib(stage)))
    (control_dir / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy2(DEBIAN / script, control_dir / script)
        (control_dir / script).chmod(0o755)
    for path in [stage, *stage.rglob("*")]:
        if path.is_dir():  # dpkg-deb refuses group-writable control dirs (umask 002 machines)
            path.chmod(0o755)
    deb = outdir / f"fpreg_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(stage), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installers/build.py")
    parser.add_argument("--skip-bundle", action="store_true", help="reuse BUILD/dist/fpreg")
    parser.add_argument("--build-dir", type=Path, default=BUILD,
                        help="where the bundle, the .deb and the work files go (default build/)")
    args = parser.parse_args(argv)
    build: Path = args.build_dir.resolve()
    generate(build / "installers")
    bundle = build / "dist" / "fpreg"
    if not args.skip_bundle or not bundle.exists():
        bundle = build_bundle(build)
    print(build_deb(bundle, build))
    return 0


if __name__ == "__main__":
    sys.exit(main())
