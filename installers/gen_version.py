"""Write the Windows installer files that carry the version, from templates, with ONE version source:
pyproject.toml [project].version.

    python installers/gen_version.py [OUTDIR]     (default build/installers)

Templates use @VERSION@ (0.1.0), @VERSION_NUMERIC@ (0.1.0.0) and @VERSION_TUPLE@ (0, 1, 0, 0);
not str.format, because Inno Setup scripts are full of braces. installers/build.py renders the
Debian control file with the same render().
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "build" / "installers"
TEMPLATES = {
    "windows/fpreg.iss.in": "fpreg.iss",
    "windows/version_info.txt.in": "version_info.txt",
}


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def numeric_parts(version: str) -> list[int]:
    """Four numbers for Windows (1.2.3rc1 -> 1, 2, 3, 0): the leading digits of each part."""
    parts = [int(m.group()) if (m := re.match(r"\d+", p)) else 0 for p in version.split(".")[:4]]
    return parts + [0] * (4 - len(parts))


def render(text: str, version: str, **extra: str) -> str:
    numbers = numeric_parts(version)
    values = {
        "VERSION": version,
        "VERSION_NUMERIC": ".".join(map(str, numbers)),
        "VERSION_TUPLE": ", ".join(map(str, numbers)),
        **extra,
    }
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise ValueError(f"template placeholders without a value: {sorted(set(left))}")
    return text


def generate(outdir: Path = OUTDIR, version: str | None = None, **extra: str) -> list[Path]:
    version = version or project_version()
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for template, name in TEMPLATES.items():
        text = (Path(__file__).resolve().parent / template).read_text(encoding="utf-8")
        target = outdir / name
        target.write_text(render(text, version, **extra), encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    for path in generate(Path(argv[0]) if argv else OUTDIR):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
