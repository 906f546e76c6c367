"""Running database work off the GUI thread and handing the result back to it.

Worker code never touches widgets: it returns a value, and the callback runs on the GUI
thread (the relay object lives there, so its signal is delivered by a queued connection).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from db.connection import database

# Relays waiting for their task; keeps them alive until the result is delivered.
_pending: set[_Relay] = set()


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._deliver)
        self.failed.connect(self._fail)

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        _pending.discard(self)
        self._on_done(result)

    @Slot(object)
    def _fail(self, exc: BaseException) -> None:
        _pending.discard(self)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            traceback.print_exception(exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)
        finally:
            # peewee keeps one connection per thread; pool threads are reused, so close it.
            try:
                if not database.is_closed():
                    database.close()
            except AttributeError:  # the database was unbound meanwhile (shutdown, tests)
                pass


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run fn() in the global thread pool; on_done(result) or on_error(exc) runs on the GUI thread."""
    relay = _Relay(on_done, on_error)
    _pending.add(relay)
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_for_background(msecs: int = 10_000) -> bool:
    """Block until background tasks finish (closing the database, tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
