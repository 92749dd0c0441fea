"""Media made for a story that is deleted while it renders do not outlive it (real SQLite and
local files; the speech engine is a stand-in that deletes the story mid-render)."""

from __future__ import annotations

from pathlib import Path

import pytest

from madlibs.adapters.local.blobs import LocalBlobStore
from madlibs.adapters.signing import CursorCodec
from madlibs.adapters.sqlite.store import SqliteStore
from madlibs.domain.errors import SubmissionNotFound
from madlibs.domain.model import Rendered, Visibility
from madlibs.ports import Ports
from madlibs.services.media import render_audio
from madlibs.services.submissions import delete_submission
from tests.fakes.ports import FakePorts
from tests.support.stories import a_story, a_template


class DeletesTheStoryWhileSpeaking:
    name = "slow-speech"
    voice = "en"
    content_type = "audio/mpeg"

    def __init__(self) -> None:
        self.ports: Ports | None = None
        self.slug = ""

    def synthesize(self, text: str) -> Rendered:
        assert self.ports is not None
        delete_submission(self.ports, "plr_alice", self.slug)
        return Rendered(b"ID3" + b"\x00" * 64, "audio/mpeg", self.name)


def test_a_render_that_outlives_its_story_leaves_nothing_behind(tmp_path: Path):
    speech = DeletesTheStoryWhileSpeaking()
    store = SqliteStore(tmp_path / "madlibs.db", CursorCodec(b"k" * 32))
    blobs = LocalBlobStore(tmp_path / "media", b"k" * 32)
    ports = FakePorts(store=store, blobs=blobs, speech=speech)  # type: ignore[arg-type]
    speech.ports = ports
    template = a_template(1)
    story = a_story(1, template, visibility=Visibility.UNLISTED)
    speech.slug = story.slug
    store.put_template(template)
    store.put_submission(story)

    with pytest.raises(SubmissionNotFound):
        render_audio(ports, story.slug, 900)

    assert [p for p in (tmp_path / "media").rglob("*") if p.is_file()] == []
    store.close()
