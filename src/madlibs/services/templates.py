"""Template use cases: write one for a theme, read one, list them."""

from __future__ import annotations

from madlibs.domain.ids import new_template_id
from madlibs.domain.model import Page, Template, TemplateDraft
from madlibs.domain.validation import clean_theme, validate_draft
from madlibs.ports import Listing, Ports, TemplateView


def generate_template(
    ports: Ports,
    player_id: str,
    theme: str,
    *,
    blanks: int | None = None,
    seed: int | None = None,
) -> Template:
    theme = clean_theme(theme)
    draft = draft_template(ports, theme, blanks=blanks, seed=seed)
    template = Template(
        id=new_template_id(),
        title=draft.title,
        theme=theme,
        text=draft.text,
        blanks=draft.blanks,
        created_at=ports.clock.now(),
        owner_id=player_id,
        engine=draft.engine,
        flagged=ports.moderator.flags(theme, draft.title, draft.text),
    )
    ports.store.put_template(template)
    ports.telemetry.count("TemplatesWritten", engine=draft.engine)
    return template


def draft_template(
    ports: Ports, theme: str, *, blanks: int | None = None, seed: int | None = None
) -> TemplateDraft:
    """A checked draft for `theme`, kept nowhere (the CLI's `generate`)."""
    return validate_draft(
        ports.writer.write(clean_theme(theme), blanks=blanks, seed=seed), ports.corrector.in_form
    )


def get_template(ports: Ports, template_id: str) -> Template:
    return ports.store.get_template(template_id)


def list_templates(
    ports: Ports, view: TemplateView, player_id: str | None, cursor: str | None, limit: int
) -> Page[Template]:
    return ports.store.list_templates(Listing(view, player_id, cursor=cursor, limit=limit))
