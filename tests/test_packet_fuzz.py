"""The packet reader under thousands of mutated files: it never crashes and never applies
anything (hypothesis, derandomized)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sync import packet_format as pf
from app.sync.importer import import_bytes

from .sync_sites import Place, enrol
from .test_packet_faults import snapshot


@pytest.fixture(scope="module")
def packet(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    township = Place(root, "T01", "township", "红星镇")
    village = Place(root, "V001", "village", "红旗村")
    enrol(township, village)
    village.add_women(2)
    data = village.export("T01").read_bytes()
    yield township, data, snapshot(township)
    township.db.close()
    village.db.close()


def _fix_checksum(data: bytes) -> bytes:
    """Recompute the trailing checksum so the mutation reaches the deeper checks."""
    cut = pf.CHECKSUM_BYTES + len(pf.END)
    if len(data) < cut:
        return data
    body = data[:-cut]
    return body + hashlib.sha256(body).digest() + pf.END


mutation = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1, exclude_max=True), st.just(0)),
    st.tuples(st.just("flip"), st.floats(0, 1, exclude_max=True), st.integers(1, 255)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.floats(0, 1, exclude_max=True), st.integers(1, 64)),
)


def mutate(data: bytes, ops, fix: bool) -> bytes:
    for kind, where, arg in ops:
        at = int(where * len(data))
        if kind == "truncate":
            data = data[:at]
        elif kind == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ arg]) + data[at + 1 :]
        elif kind == "insert":
            data = data[:at] + bytes([arg]) + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + arg :]
    return _fix_checksum(data) if fix else data


@settings(derandomize=True, max_examples=2000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(mutation, min_size=1, max_size=3), fix=st.booleans())
def test_mutated_packets_are_refused_and_change_nothing(packet, ops, fix):
    township, data, before = packet
    bad = mutate(data, ops, fix)
    if bad == data:
        return
    with township:
        try:
            import_bytes(bad, backup=False)
        except pf.PacketError as exc:
            assert str(exc) and exc.kind
        else:
            raise AssertionError("a mutated packet was accepted")
    assert snapshot(township) == before
