"""A story as the API sends it, as plain data: the one mapping from a Submission to its JSON.

`SubmissionOut` (schemas.py) validates and documents this document; the read function answers
a permalink by serializing it with the standard library, without pydantic's import on its
cold start. `json_bytes` writes exactly the bytes pydantic's `model_dump_json` writes for the
same document (compact, UTF-8, times in ISO 8601 with "Z" for UTC); tests hold the two equal.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from madlibs.domain.model import MediaKind, Submission
from madlibs.services.cards import card_path, thumbnail_path
from madlibs.services.submissions import editable_until


def submission_document(submission: Submission, viewer_id: str | None) -> dict[str, Any]:
    """The story's fields in the order SubmissionOut declares them; `owned` is whether the
    viewer (None: anyone) is its player."""
    s = submission
    media = {ref.kind: {"content_type": ref.content_type} for ref in s.media}
    return {
        "slug": s.slug,
        "template_id": s.template_id,
        "title": s.title,
        "story": s.story,
        "segments": [{"text": seg.text, "blank_id": seg.blank_id} for seg in s.segments],
        "corrections": [
            {
                "blank_id": c.blank_id,
                "original": c.original,
                "corrected": c.corrected,
                "changes": [change.value for change in c.changes],
                "fits": c.fits,
                "credit": c.credit,
                "from_example": c.from_example,
            }
            for c in s.corrections
        ],
        "visibility": s.visibility.value,
        "created_at": s.created_at,
        "editable_until": editable_until(s),
        "permalink": f"/p/{s.slug}",
        "card": card_path(s),
        "thumbnail": thumbnail_path(s),
        "media": {kind.value: media.get(kind) for kind in MediaKind},
        "owned": viewer_id is not None and viewer_id == s.player_id,
    }


def json_bytes(document: dict[str, Any]) -> bytes:
    """The document as pydantic would write it."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=_json_time)
    return text.encode()


def _json_time(value: object) -> str:
    if not isinstance(value, datetime):
        raise TypeError(f"{type(value).__name__} is not JSON data")
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
