"""A Lambda function's init phase keeps the garbage collector out of what it builds."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from madlibs.entrypoints.lambda_support import init_phase


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def test_collection_pauses_during_init_and_what_init_made_is_frozen():
    before = gc.get_freeze_count()
    with init_phase():
        assert not gc.isenabled()
        built = [{"model": ["GetItem", "Query"]} for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(built)


def test_collection_is_back_on_when_init_fails():
    with pytest.raises(RuntimeError), init_phase():
        raise RuntimeError("the origin secret cannot be read")
    assert gc.isenabled()


def test_a_process_that_had_collection_off_keeps_it_off():
    gc.disable()
    with init_phase():
        pass
    assert not gc.isenabled()
