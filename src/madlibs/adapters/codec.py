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
    WordFix,
)
from madlibs.domain.rooms import Room, RoomPlayer, RoomState, RoomWord, Round


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
        "corrections": [correction_to_dict(c) for c in submission.corrections],
        "segments": [
            {"text": s.text, "blank_id": s.blank_id} if s.blank_id is not None else {"text": s.text}
            for s in submission.segments
        ],
        "created_at": submission.created_at.isoformat(),
        "flagged": submission.flagged,
        "media": [media_to_dict(m) for m in submission.media],
        "edits": submission.edits,
    }


def correction_to_dict(correction: Correction) -> dict[str, Any]:
    data: dict[str, Any] = {
        "blank_id": correction.blank_id,
        "original": correction.original,
        "corrected": correction.corrected,
        "changes": [change.value for change in correction.changes],
        "fits": correction.fits,
    }
    # Only party stories carry these; solo stories keep their stored shape.
    if correction.credit is not None:
        data["credit"] = correction.credit
    if correction.from_example:
        data["from_example"] = True
    return data


def correction_from_dict(data: dict[str, Any]) -> Correction:
    return Correction(
        int(data["blank_id"]),
        data["original"],
        data["corrected"],
        tuple(Change(change) for change in data["changes"]),
        bool(data.get("fits", True)),
        data.get("credit"),
        bool(data.get("from_example", False)),
    )


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
        corrections=tuple(correction_from_dict(c) for c in data["corrections"]),
        segments=tuple(
            Segment(s["text"], int(s["blank_id"]) if s.get("blank_id") is not None else None)
            for s in data["segments"]
        ),
        created_at=datetime.fromisoformat(data["created_at"]),
        flagged=bool(data.get("flagged", False)),
        media=tuple(media_from_dict(m) for m in data.get("media", [])),
        edits=int(data.get("edits", 0)),
    )


# -- party rooms ------------------------------------------------------------------------------


def room_to_dict(room: Room) -> dict[str, Any]:
    return {
        "code": room.code,
        "host_id": room.host_id,
        "players": [{"id": p.id, "name": p.name} for p in room.players],
        "created_at": room.created_at.isoformat(),
        "updated_at": room.updated_at.isoformat(),
        "state": room.state.value,
        "round": round_to_dict(room.round) if room.round is not None else None,
        "version": room.version,
    }


def round_to_dict(game: Round) -> dict[str, Any]:
    return {
        "number": game.number,
        "template": template_to_dict(game.template),
        # Maps keyed by blank id, so a store can set one blank's word by its path.
        "dealt": {str(blank): player for blank, player in game.dealt.items()},
        "slug": game.slug,
        "visibility": game.visibility.value,
        "words": {str(blank): room_word_to_dict(word) for blank, word in game.words.items()},
    }


def room_word_to_dict(word: RoomWord) -> dict[str, Any]:
    return {
        "player_id": word.player_id,
        "word": word.word,
        "output": word.check.output,
        "changes": [change.value for change in word.check.changes],
        "fits": word.check.fits,
    }


def room_from_dict(data: dict[str, Any]) -> Room:
    game = data.get("round")
    return Room(
        code=data["code"],
        host_id=data["host_id"],
        players=tuple(RoomPlayer(p["id"], p["name"]) for p in data["players"]),
        created_at=datetime.fromisoformat(data["created_at"]),
        updated_at=datetime.fromisoformat(data["updated_at"]),
        state=RoomState(data["state"]),
        round=round_from_dict(game) if game else None,
        version=int(data["version"]),
    )


def round_from_dict(data: dict[str, Any]) -> Round:
    return Round(
        number=int(data["number"]),
        template=template_from_dict(data["template"]),
        dealt={int(blank): player for blank, player in data["dealt"].items()},
        slug=data["slug"],
        visibility=Visibility(data["visibility"]),
        words={
            int(blank): RoomWord(
                word["player_id"],
                word["word"],
                WordFix(
                    word["output"],
                    tuple(Change(change) for change in word["changes"]),
                    bool(word["fits"]),
                ),
            )
            for blank, word in (data.get("words") or {}).items()
        },
    )
