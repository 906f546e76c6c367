"""The program's version, from its one source: pyproject.toml [project].version.

The source tree and the PyInstaller bundle (which ships pyproject.toml beside the code) read the
file; an installed wheel asks the package metadata. Read once, when first asked, so start-up does
not pay for it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@lru_cache(maxsize=1)
def version() -> str:
    if PYPROJECT.is_file():
        import tomllib

        with PYPROJECT.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("fpreg")
    except PackageNotFoundError:
        return "0+unknown"
