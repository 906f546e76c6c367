"""`fpreg record-event` end to end: events, method start/stop, procedures, checks and refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app import register
from db.models import ChangeLog
from tests.conftest import TODAY, woman

ROOT = Path(__file__).resolve().parent.parent


def fpreg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_record_event_and_services(db_path, worker):
    card = register.add_woman(worker, woman(current_status=None, registered_date=TODAY.replace(year=2020)),
                              today=TODAY)
    base = ("record-event", "--db", str(db_path), "--today", TODAY.isoformat(), "--json")

    done = fpreg(*base, "--card", card.uuid, "--kind", "method_start", "--method", "pill", "--date", "2025-01-01",
                 "--counselled", "--explained", "pill,iud", "--own-choice")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["current_status"] == "pill"

    done = fpreg(*base, "--id-number", "110101199005172345", "--kind", "method_stop", "--reason", "wants_child",
                 "--date", "2025-06-01")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["current_status"] == "no_method"

    done = fpreg(*base, "--card", card.uuid, "--kind", "pregnancy_registered", "--date", "2025-07-01")
    assert done.returncode == 0 and json.loads(done.stdout)["current_status"] == "pregnant"
    done = fpreg(*base, "--card", card.uuid, "--kind", "pregnancy_outcome", "--date", "2026-03-01", "--detail",
                 '{"outcome": "live_birth", "child_name": "李小明", "child_sex": "M"}')
    assert done.returncode == 0, done.stderr

    done = fpreg(*base, "--card", card.uuid, "--kind", "procedure", "--procedure", "implant_insertion",
                 "--implant-type", "implanon", "--date", "2026-05-01")
    assert done.returncode == 0 and json.loads(done.stdout)["current_status"] == "implant"
    done = fpreg(*base, "--card", card.uuid, "--kind", "check", "--check", "rh_check", "--date", "2026-06-01")
    assert done.returncode == 0 and json.loads(done.stdout)["table"] == "health_check"

    text = fpreg("record-event", "--db", str(db_path), "--today", TODAY.isoformat(), "--card", card.uuid,
                 "--kind", "status_declared", "--date", "2026-07-01", "--detail", '{"status": "waiting"}')
    assert text.returncode == 0 and "已登记" in text.stdout


def test_bad_input_exits_nonzero_and_writes_nothing(db_path, worker):
    card = register.add_woman(worker, woman(), today=TODAY)
    before = ChangeLog.select().count()
    base = ("record-event", "--db", str(db_path), "--today", TODAY.isoformat())
    future = fpreg(*base, "--card", card.uuid, "--kind", "pregnancy_registered", "--date", "2030-01-01")
    assert future.returncode == 1 and "将来" in future.stderr
    bad_json = fpreg(*base, "--card", card.uuid, "--kind", "status_declared", "--date", "2026-01-01",
                     "--detail", "{oops")
    assert bad_json.returncode == 1 and "JSON" in bad_json.stderr
    missing = fpreg(*base, "--card", card.uuid, "--kind", "procedure", "--date", "2026-01-01")
    assert missing.returncode == 1 and "--procedure" in missing.stderr
    nobody = fpreg(*base, "--id-number", "110101199001010000", "--kind", "death", "--date", "2026-01-01")
    assert nobody.returncode == 1
    unknown = fpreg(*base, "--card", card.uuid, "--kind", "fine", "--date", "2026-01-01")
    assert unknown.returncode == 2
    no_removal = fpreg(*base, "--card", card.uuid, "--kind", "procedure", "--procedure", "implant_removal",
                       "--date", "2026-01-01")
    assert no_removal.returncode == 1 and "皮埋" in no_removal.stderr
    assert ChangeLog.select().count() == before
    helped = fpreg("record-event", "--help")
    assert helped.returncode == 0 and "method_start" in helped.stdout and "pregnancy_outcome" in helped.stdout
