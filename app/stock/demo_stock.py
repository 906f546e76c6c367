"""`fpreg demo`: a stock history (see app/demo_extras.py)."""

from __future__ import annotations

from app.demo_extras import DemoContext


def add_to_demo(ctx: DemoContext) -> None:
    """A stub until its issue lands."""
