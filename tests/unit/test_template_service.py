"""Template use cases against fake ports: write one for a theme, read it, list them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from madlibs.domain.errors import InvalidInput, InvalidTemplate, TemplateNotFound
from madlibs.domain.model import Form
from madlibs.ports import Listing
from madlibs.services.templates import (
    draft_template,
    generate_template,
    get_template,
    list_templates,
)
from tests.fakes.ports import FakePorts, ScriptedWriter, TableCorrector, a_draft


def test_a_generated_template_is_stored_owned_and_counted():
    ports = FakePorts()

    template = generate_template(ports, "plr_ann", "  pirates   at a bake sale ", seed=7)

    assert ports.writer.asked == [("pirates at a bake sale", None, 7)]
    assert template.theme == "pirates at a bake sale"
    assert template.owner_id == "plr_ann"
    assert template.created_at == ports.clock.now()
    assert template.id.startswith("tpl_")
    assert (template.title, template.text, template.engine) == (
        a_draft().title,
        a_draft().text,
        "fake",
    )
    assert ports.store.get_template(template.id) == template
    assert ports.telemetry.counted() == [("TemplatesWritten", {"engine": "fake"})]
    assert template.flagged is False


def test_the_blank_count_and_seed_reach_the_writer():
    ports = FakePorts(writer=ScriptedWriter(a_draft(blanks=4)))
    template = generate_template(ports, "plr_ann", "robots", blanks=4, seed=11)
    assert ports.writer.asked == [("robots", 4, 11)]
    assert len(template.blanks) == 4


def test_a_rude_theme_is_written_but_kept_out_of_galleries():
    ports = FakePorts()
    template = generate_template(ports, "plr_ann", "crap pirates")
    assert template.flagged is True
    assert ports.moderator.asked[0][0] == "crap pirates"


def test_an_empty_theme_is_refused_before_the_writer_is_asked():
    ports = FakePorts()
    with pytest.raises(InvalidInput) as refused:
        generate_template(ports, "plr_ann", "   ")
    assert refused.value.field == "theme"
    assert ports.writer.asked == []


def test_a_draft_that_breaks_the_rules_is_refused_and_nothing_is_stored():
    broken = replace(a_draft(), text="Captain {1} {2} onto the deck.")  # blank 3 never appears
    ports = FakePorts(writer=ScriptedWriter(broken))
    with pytest.raises(InvalidTemplate):
        generate_template(ports, "plr_ann", "pirates")
    assert ports.store.list_templates(Listing("recent")).items == []


def test_an_example_out_of_its_form_is_refused():
    ports = FakePorts(corrector=TableCorrector(out_of_form={"wobbled"}))
    with pytest.raises(InvalidTemplate):
        draft_template(ports, "pirates")


def test_a_draft_alone_is_checked_but_kept_nowhere():
    ports = FakePorts()
    draft = draft_template(ports, "pirates", blanks=3, seed=2)
    assert draft == a_draft()
    assert ports.store.list_templates(Listing("recent")).items == []
    assert all(b.form in (Form.NONE, Form.PAST, Form.SINGULAR) for b in draft.blanks)


def test_read_and_list_go_to_the_store():
    ports = FakePorts()
    mine = generate_template(ports, "plr_ann", "pirates")
    ports.clock.advance(seconds=1)
    theirs = generate_template(ports, "plr_bob", "robots")

    assert get_template(ports, mine.id) == mine
    assert [t.id for t in list_templates(ports, "recent", None, None, 10).items] == [
        theirs.id,
        mine.id,
    ]
    assert [t.id for t in list_templates(ports, "mine", "plr_ann", None, 10).items] == [mine.id]
    with pytest.raises(TemplateNotFound):
        get_template(ports, "tpl_nothing")
