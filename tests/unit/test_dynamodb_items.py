"""Table items are written with boto3's serializer and read back without boto3: any plain data
the codec writes comes back as it was."""

from __future__ import annotations

import pytest
from boto3.dynamodb.types import TypeSerializer
from hypothesis import given
from hypothesis import strategies as st

from madlibs.adapters.dynamodb.items import plain_value

plain_data = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@given(plain_data)
def test_what_the_serializer_writes_reads_back_as_it_was(value: object):
    assert plain_value(TypeSerializer().serialize(value)) == value


def test_numbers_come_back_whole_in_any_form_dynamodb_sends():
    assert plain_value({"N": "1E+3"}) == 1000
    assert plain_value({"N": "0042"}) == 42


@pytest.mark.parametrize("attribute", [{"SS": ["a", "b"]}, {"B": b"\x00"}, {"NS": ["1"]}])
def test_anything_but_plain_data_is_refused(attribute: dict[str, object]):
    with pytest.raises(ValueError, match="not plain data"):
        plain_value(attribute)
