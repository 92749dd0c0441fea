"""The story document the read function serializes without pydantic is, byte for byte, what
the app's route sends through SubmissionOut: for any words players type, any time, any media."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madlibs.api.documents import json_bytes, submission_document
from madlibs.api.schemas import SubmissionOut
from madlibs.domain.model import (
    Change,
    Correction,
    MediaKind,
    MediaRef,
    Segment,
    Submission,
    Visibility,
)

# Any text: quotes, backslashes, control characters, emoji, right-to-left scripts.
words = st.text(max_size=30)
ids = st.from_regex(r"[A-Za-z0-9_-]{0,24}", fullmatch=True)
times = st.datetimes(
    min_value=datetime(1970, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.one_of(
        st.just(UTC),
        # Offsets as time zones have them: whole minutes.
        st.integers(-23 * 60, 23 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes))),
        st.none(),
    ),
)
corrections = st.builds(
    Correction,
    blank_id=st.integers(1, 64),
    original=words,
    corrected=words,
    changes=st.lists(st.sampled_from(Change), max_size=4).map(tuple),
    fits=st.booleans(),
    credit=st.none() | words,
    from_example=st.booleans(),
)
segments = st.builds(Segment, text=words, blank_id=st.none() | st.integers(1, 64))
media = st.lists(
    st.builds(
        MediaRef,
        kind=st.sampled_from(MediaKind),
        key=ids,
        content_type=st.sampled_from(["audio/mpeg", "image/webp", "image/png"]) | words,
        engine=ids,
    ),
    max_size=2,
    unique_by=lambda ref: ref.kind,
).map(tuple)
submissions = st.builds(
    Submission,
    slug=ids,
    template_id=ids,
    title=words,
    player_id=ids,
    visibility=st.sampled_from(Visibility),
    corrections=st.lists(corrections, max_size=6).map(tuple),
    segments=st.lists(segments, max_size=8).map(tuple),
    created_at=times,
    flagged=st.booleans(),
    media=media,
    edits=st.integers(0, 100),
)


@given(submissions, st.sampled_from(["owner", "someone else", None]))
def test_the_document_is_the_bytes_the_route_sends(submission: Submission, viewer: str | None):
    viewer_id = submission.player_id if viewer == "owner" else viewer
    document = submission_document(submission, viewer_id)
    routed = SubmissionOut.from_domain(submission, viewer_id).model_dump_json().encode()
    assert json_bytes(document) == routed


def test_only_json_data_and_times_are_written():
    with pytest.raises(TypeError, match="Decimal"):
        json_bytes({"price": Decimal("1.5")})
