"""Screenshots for the user guide: every image docs/user-guide.zh.md shows, from the real windows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m ui.guide_screenshots [--women 300]

Takes all windows with ui.screenshots (Chinese, a demo database), then copies the ones the guide
refers to (images/NAME.png) into docs/images/; names the guide wants but no window gave are
reported and the exit code is 1.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDE = DOCS / "user-guide.zh.md"


def guide_images(guide: Path = GUIDE) -> list[str]:
    """Image paths (relative to docs/) in the order the guide shows them."""
    return list(dict.fromkeys(re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", guide.read_text(encoding="utf-8"))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.guide_screenshots")
    parser.add_argument("--women", type=int, default=300)
    args = parser.parse_args(argv)
    from ui.screenshots import take

    wanted = guide_images()
    with tempfile.TemporaryDirectory() as tmp:
        shots = {p.name: p for p in take(Path(tmp), lang="zh_CN", women=args.women)}
        missing = []
        for rel in wanted:
            source = shots.get(Path(rel).name)
            if source is None:
                missing.append(rel)
                continue
            target = DOCS / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            print(target)
    for rel in missing:
        print(f"no window gave {rel}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
