"""A transfer end to end over real sync packets: two villages register the same woman, the
township finds the duplicate and asks village A to let her go, A does it and the township sees
the request done — each database touched only by its own services and packet imports."""

from __future__ import annotations

from app.sync.importer import inspect as inspect_packet
from app.township import duplicates, submissions, transfers
from db.models import WomanCard
from db.models_township import TransferRequest

from .conftest import TODAY
from .sync_sites import Place, enrol


def test_transfer_over_packets(tmp_path):
    township = Place(tmp_path, "T01", "township", "红星镇")
    a = Place(tmp_path, "V001", "village", "一村")
    b = Place(tmp_path, "V002", "village", "二村")
    c = Place(tmp_path, "V003", "village", "三村")
    try:
        enrol(township, a, b, c)
        (a_card,) = a.add_women(1, start=0)
        (b_card,) = b.add_women(1, start=0)  # the same woman (same ID) on B's register
        b.add_women(1, start=5)
        for village in (a, b):
            assert township.import_(village.export("T01")).status == "imported"

        with township:
            groups = duplicates.find_duplicates()
            assert [(g.kind, g.sites) for g in groups] == [("id_number", ("V001", "V002"))]
            board = {r.site_code: r for r in submissions.submission_board(["2026-10"], TODAY)}
            assert board["V001"].last_sync is not None  # the peer's import time
            req = transfers.request_transfer(township.session, a_card, "V002", today=TODAY)
            assert req.to_card_uuid == b_card

        # The request travels back to the villages with the township's packet.
        assert a.import_(township.export("V001")).status == "imported"
        with a:
            (pending,) = transfers.pending_here(a.session)
            assert pending.uuid == req.uuid and pending.to_village == "二村"
            transfers.carry_out_transfer(a.session, req.uuid, TODAY)
            assert WomanCard.get(WomanCard.uuid == a_card).exit_reason == "transferred"
            assert TransferRequest.get(TransferRequest.uuid == req.uuid).row_version == 1  # not edited here

        assert township.import_(a.export("T01")).status == "imported"
        with township:
            assert transfers.transfer_progress(req.uuid).progress == "done"
            assert transfers.close_finished(township.session, today=TODAY) == 1
            assert duplicates.find_duplicates() == []

        assert b.import_(township.export("V002")).status == "imported"
        with b:
            assert TransferRequest.get(TransferRequest.uuid == req.uuid).status == "completed"
            assert transfers.pending_here(b.session) == []

        # A third village never receives her transfer (her name, ID number and form): the
        # township's packet to it carries the rules but not the request (app/sync/audience.py).
        to_c = township.export("V003")
        assert "transfer_request" not in inspect_packet(to_c)["counts"]
        assert c.import_(to_c).status == "imported"
        with c:
            assert not TransferRequest.select().exists()
    finally:
        for place in (township, a, b, c):
            place.db.close()
