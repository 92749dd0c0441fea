"""Domain objects <-> plain JSON-able dicts, shared by every store adapter."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from madlibs.domain.model import (
    Blank,
    Change,
    Correction,
    Form,
    MediaKind,
    MediaRef,
    Pos,
    Segment,
    Submission,
    Template,
    Visibility,
)


def blank_to_dict(blank: Blank) -> dict[str, Any]:
    """A blank in the template JSON of DESIGN §3."""
    return {
        "id": blank.id,
        "pos": blank.pos.value,
        "form": blank.form.value,
        "category": blank.category,
        "example": blank.example,
        "suggestions": list(blank.suggestions),
    }


def template_to_dict(template: Template) -> dict[str, Any]:
    return {
        "id": template.id,
        "title": template.title,
        "theme": template.theme,
        "text": template.text,
        "blanks": [blank_to_dict(b) for b in template.blanks],
        "created_at": template.created_at.isoformat(),
        "owner_id": template.owner_id,
        "engine": template.engine,
        "flagged": template.flagged,
    }


def template_from_dict(data: dict[str, Any]) -> Template:
    return Template(
        id=data["id"],
        title=data["title"],
        theme=data["theme"],
        text=data["text"],
        blanks=tuple(_blank_from_dict(b) for b in data["blanks"]),
        created_at=datetime.fromisoformat(data["created_at"]),
        owner_id=data.get("owner_id"),
        engine=data.get("engine", "offline"),
        flagged=bool(data.get("flagged", False)),
    )


def _blank_from_dict(data: dict[str, Any]) -> Blank:
    # Templates stored before suggestions existed have none.
    return Blank(
        int(data["id"]),
        Pos(data["pos"]),
        Form(data["form"]),
        data.get("category"),
        data["example"],
        tuple(data.get("suggestions") or ()),
    )


def submission_to_dict(submission: Submission) -> dict[str, Any]:
    return {
        "slug": submission.slug,
        "template_id": submission.template_id,
        "title": submission.title,
        "player_id": submission.player_id,
        "visibility": submission.visibility.value,
        "corrections": [
            {
                "blank_id": c.blank_id,
                "original": c.original,
                "corrected": c.corrected,
                "changes": [ch.value for ch in c.changes],
                "fits": c.fits,
            }
            for c in submission.corrections
        ],
        "segments": [
            {"text": s.text, "blank_id": s.blank_id} if s.blank_id is not None else {"text": s.text}
            for s in submission.segments
        ],
        "created_at": submission.created_at.isoformat(),
        "flagged": submission.flagged,
        "media": [media_to_dict(m) for m in submission.media],
        "edits": submission.edits,
    }


def media_to_dict(ref: MediaRef) -> dict[str, str]:
    return {
        "kind": ref.kind.value,
        "key": ref.key,
        "content_type": ref.content_type,
        "engine": ref.engine,
    }


def media_from_dict(data: dict[str, Any]) -> MediaRef:
    return MediaRef(MediaKind(data["kind"]), data["key"], data["content_type"], data["engine"])


def submission_from_dict(data: dict[str, Any]) -> Submission:
    return Submission(
        slug=data["slug"],
        template_id=data["template_id"],
        title=data["title"],
        player_id=data["player_id"],
        visibility=Visibility(data["visibility"]),
        corrections=tuple(
            Correction(
                int(c["blank_id"]),
                c["original"],
                c["corrected"],
                tuple(Change(ch) for ch in c["changes"]),
                bool(c.get("fits", True)),
            )
            for c in data["corrections"]
        ),
        segments=tuple(
            Segment(s["text"], int(s["blank_id"]) if s.get("blank_id") is not None else None)
            for s in data["segments"]
        ),
        created_at=datetime.fromisoformat(data["created_at"]),
        flagged=bool(data.get("flagged", False)),
        media=tuple(media_from_dict(m) for m in data.get("media", [])),
        edits=int(data.get("edits", 0)),
    )
