"""A throw-away PostgreSQL server for tests: initdb into a temp dir, a free loopback port, the
socket in the temp dir; stopped at the end even when a test fails. Tests using it are skipped
only when the PostgreSQL server binaries are not installed.

Import the fixtures into a test module: `from .pg_server import pg_server, fresh_database`.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import peewee as pw
import pytest


def _pg_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_server():
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="fpreg-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        # The server refuses to run as root: the cluster belongs to the postgres system user.
        shutil.chown(root, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    data, log = root / "data", root / "server.log"
    port = _free_port()
    run = lambda *cmd: subprocess.run([*as_postgres, *cmd], check=True, capture_output=True, text=True)  # noqa: E731
    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8")
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    started = False
    try:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start")
        started = True
        yield {"host": "127.0.0.1", "port": port, "user": "postgres"}
    finally:
        if started:
            subprocess.run([*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(pg_server: dict, name: str) -> pw.PostgresqlDatabase:
    """A new, empty database on the server (dropped first if a previous run left it)."""
    name = "fpreg_" + re.sub(r"[^a-z0-9_]", "_", name.lower())[:40]
    admin = pw.PostgresqlDatabase("postgres", **pg_server)
    admin.connect()
    try:
        admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute_sql(f'CREATE DATABASE "{name}"')
    finally:
        admin.close()
    db = pw.PostgresqlDatabase(name, **pg_server)
    db.connect()
    return db


def drop_database(pg_server: dict, db: pw.PostgresqlDatabase) -> None:
    name = db.database
    db.close()
    admin = pw.PostgresqlDatabase("postgres", **pg_server)
    admin.connect()
    try:
        admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}"')
    finally:
        admin.close()
