"""The command line of one feature's screenshot module (`python -m ui.<feature>_screenshots OUT`):
an offscreen application, a `save(widget, name)` that writes OUT/name.png, a scratch folder."""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def run(prog: str, shots: Callable, argv: list[str] | None = None) -> int:
    """shots(save, app, workdir) takes the pictures; their paths are printed."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import make_app

    app = make_app(args.lang)
    args.outdir.mkdir(parents=True, exist_ok=True)
    taken: list[Path] = []

    def save(widget, name: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        target = args.outdir / f"{name}.png"
        widget.grab().save(str(target))
        taken.append(target)

    with tempfile.TemporaryDirectory() as tmp:
        shots(save, app, Path(tmp))
    for shot in taken:
        print(shot)
    return 0
