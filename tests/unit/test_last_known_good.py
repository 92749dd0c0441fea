"""The last known good template: what stands in when the model cannot write one."""

from __future__ import annotations

from dataclasses import replace

from madlibs.adapters.fallback import LAST_KNOWN_GOOD, LastKnownGood, similarity, theme_words
from madlibs.domain.errors import StoreBusy
from tests.fakes.ports import FakePorts, MemoryStore, a_draft, with_template


def remembered(ports: FakePorts, theme: str, blanks: int | None = None):  # type: ignore[no-untyped-def]
    return LastKnownGood(ports.store, "openai", ports.corrector.in_form).find(theme, blanks)


def test_the_most_similar_model_template_stands_in():
    ports = FakePorts()
    with_template(ports, a_draft("Pirates at Sea", "openai"), id="tpl_1", theme="pirates at sea")
    ports.clock.advance(seconds=1)
    with_template(ports, a_draft("Space Cats", "openai"), id="tpl_2", theme="space cats")

    draft = remembered(ports, "pirates at a bake sale")

    assert draft is not None
    assert (draft.title, draft.engine) == ("Pirates at Sea", LAST_KNOWN_GOOD)


def test_flagged_offline_and_other_sized_templates_never_stand_in():
    ports = FakePorts()
    with_template(ports, a_draft("Rude Pirates", "openai"), id="tpl_1", flagged=True)
    with_template(ports, a_draft("Offline Pirates", "offline"), id="tpl_2")
    with_template(ports, a_draft("Big Pirates", "openai", blanks=4), id="tpl_3")

    assert remembered(ports, "pirates at a bake sale", blanks=3) is None
    assert remembered(ports, "pirates at a bake sale", blanks=4) is not None


def test_nothing_alike_means_nothing_remembered():
    ports = FakePorts()
    with_template(ports, a_draft("Space Cats", "openai"), theme="space cats")
    assert remembered(ports, "pirates at a bake sale") is None


def test_a_stored_template_that_breaks_the_rules_today_is_not_served():
    ports = FakePorts()
    broken = replace(a_draft(engine="openai"), text="{1} {2}.")
    with_template(ports, broken)
    assert remembered(ports, "pirates at a bake sale") is None


def test_a_busy_store_means_no_memory_this_time():
    class Busy(MemoryStore):
        def list_templates(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise StoreBusy("busy")

    assert remembered(FakePorts(store=Busy()), "pirates") is None


def test_theme_words_ignore_small_words_and_plurals():
    assert theme_words("The Pirates at a Bake Sale") == {"pirate", "bake", "sale"}
    assert similarity({"pirate", "bake"}, {"pirate", "sea"}) == 1 / 3
    assert similarity(set(), {"pirate"}) == 0.0
