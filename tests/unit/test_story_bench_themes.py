"""The stories bench judges the writer on themes it was never tuned on: the sets stay apart."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

THEMES_FILE = Path(__file__).parents[2] / "bench" / "story_themes.py"


def _themes() -> ModuleType:
    spec = importlib.util.spec_from_file_location("story_themes", THEMES_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tuning_lists(themes: ModuleType) -> tuple[tuple[str, ...], ...]:
    return (
        themes.TUNING,
        themes.EXTRA_TUNING,
        themes.WRITTEN_TUNING,
        themes.WRITTEN_TUNING_2,
        themes.WRITTEN_TUNING_3,
    )


def test_no_held_out_theme_is_a_tuning_theme_in_any_spelling() -> None:
    themes = _themes()
    tuned = {theme.lower() for listed in _tuning_lists(themes) for theme in listed}
    for held_out in (themes.HELD_OUT, themes.WRITTEN_HELD_OUT):
        assert len(set(held_out)) == len(held_out)
        # Only a count: a failure must not print a held-out theme.
        assert len(tuned & {t.lower() for t in held_out}) == 0
    assert not {t.lower() for t in themes.HELD_OUT} & {t.lower() for t in themes.WRITTEN_HELD_OUT}


def test_the_held_out_sets_are_large_enough_to_judge_on() -> None:
    themes = _themes()
    assert len(themes.HELD_OUT) + len(themes.WRITTEN_HELD_OUT) >= 200


@pytest.mark.parametrize("name", ["WRITTEN_TUNING", "WRITTEN_TUNING_2", "WRITTEN_TUNING_3"])
def test_each_list_written_as_players_type_is_new_and_apart_from_the_other_tuning_sets(
    name: str,
) -> None:
    themes = _themes()
    written = [t.lower() for t in getattr(themes, name)]
    assert len(written) >= 250
    assert len(set(written)) == len(written)
    others = [listed for listed in _tuning_lists(themes) if listed is not getattr(themes, name)]
    assert not set(written) & {t.lower() for other in others for t in other}
