"""Templates and stories as a store keeps them, for the store tests and the store bench."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from madlibs.domain.model import (
    Blank,
    Change,
    Correction,
    Form,
    Pos,
    Segment,
    Submission,
    Template,
    Visibility,
)

START = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)  # all in the past


def a_template(
    number: int,
    owner: str | None = "plr_alice",
    *,
    created_at: datetime | None = None,
    template_id: str | None = None,
) -> Template:
    return Template(
        id=template_id or f"tpl_{number:04d}",
        title=f"The Pirate Bake Sale {number}",
        theme="pirates at a bake sale",
        text="Captain {1} {2} onto the deck holding a {3} pickle.",
        blanks=(
            Blank(1, Pos.PROPER_NOUN, Form.NONE, "person's name", "Gertrude"),
            Blank(2, Pos.VERB, Form.PAST, None, "wobbled", ("giggled", "hopped", "sneezed")),
            Blank(3, Pos.ADJECTIVE, Form.BASE, "texture", "squishy"),
        ),
        created_at=created_at or START + timedelta(seconds=number),
        owner_id=owner,
    )


def a_story(
    number: int,
    template: Template,
    player: str = "plr_alice",
    visibility: Visibility = Visibility.PUBLIC,
    flagged: bool = False,
    *,
    created_at: datetime | None = None,
    slug: str | None = None,
) -> Submission:
    return Submission(
        slug=slug or f"slug{number:04d}AbCdEf_-",
        template_id=template.id,
        title=template.title,
        player_id=player,
        visibility=visibility,
        corrections=(
            Correction(1, "gertrude", "Gertrude", (Change.CAPITALIZATION,)),
            Correction(2, "runned", "ran", (Change.FORM,)),
            Correction(3, "squishy", "squishy"),
        ),
        segments=(
            Segment("Captain "),
            Segment("Gertrude", 1),
            Segment(" "),
            Segment("ran", 2),
            Segment(" onto the deck holding a "),
            Segment("squishy", 3),
            Segment(" pickle."),
        ),
        created_at=created_at or template.created_at + timedelta(minutes=number),
        flagged=flagged,
    )
