"""The plain reading of the few settings a cold start needs agrees with Settings, the one
definition: the same fields, defaults and choices, and, for any environment, either the same
values or no plain reading at all (then Settings reads it, and names what is wrong)."""

from __future__ import annotations

import typing
from dataclasses import fields

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from madlibs.core_settings import CoreSettings, core_settings, variable_of
from madlibs.settings import Settings
from tests.infra.cfn import function_environment

CORE = [field.name for field in fields(CoreSettings)]


def test_every_core_setting_is_a_setting_with_the_same_default():
    assert set(CORE) <= set(Settings.model_fields)
    assert CoreSettings() == CoreSettings.of(Settings())


@pytest.mark.parametrize("name", CORE)
def test_choices_and_types_are_the_settings_own(name: str):
    core_type = typing.get_type_hints(CoreSettings)[name]
    assert core_type == Settings.model_fields[name].annotation


# Every choice any setting offers, and words none does: a reader that let one through where
# Settings would not is caught.
WORDS = sorted(
    {
        str(choice)
        for field in Settings.model_fields.values()
        for choice in typing.get_args(field.annotation)
        if isinstance(choice, str)
    }
    | {"mysql", "none", "true"}
)


def _spellings(name: str) -> st.SearchStrategy[str]:
    """Values for the setting: its choices and others' in several spellings, numbers about its
    bounds (in several spellings too), and any text."""
    annotation = Settings.model_fields[name].annotation
    choices = [str(c) for c in typing.get_args(annotation) if isinstance(c, str)]
    ordinary = st.sampled_from(choices or WORDS)
    numbers = st.one_of(st.integers(min_value=-3, max_value=3), st.integers(-3, 10**12))
    return st.one_of(
        ordinary,
        st.sampled_from(WORDS),
        ordinary.map(str.upper),
        ordinary.map(lambda v: f" {v}"),
        numbers.map(str),
        numbers.map(lambda n: f"{n}.0"),
        numbers.map(lambda n: f"0{n}"),
        numbers.map(lambda n: f"+{n}"),
        st.sampled_from(["", " ", "1_000", "٣", "³", "0x10", "1e3"]),
        st.text(max_size=8),
    )


@st.composite
def environments(draw: st.DrawFn) -> dict[str, str]:
    chosen = draw(st.lists(st.sampled_from(CORE), unique=True))
    return {draw(_casing(variable_of(name))): draw(_spellings(name)) for name in chosen}


def _casing(variable: str) -> st.SearchStrategy[str]:
    return st.sampled_from([variable, variable.lower(), variable.title()])


# Each setting alone, in every spelling that sits on an edge (bounds, signs, other digits,
# other settings' choices); then random environments of several at once.
EDGES = [
    *WORDS,
    *[str(n) for n in range(-2, 4)],
    *["", " ", "01", "+1", "1.0", " 1", "1_000", "٣", "³", "0x10", "1e3", "300", "2592000"],
    "99999999999999999999",
]


def _agrees(environ: dict[str, str]) -> None:
    plain = CoreSettings.plainly(environ)
    try:
        expected = CoreSettings.of(Settings.from_environment(environ))
    except ValidationError:
        assert plain is None, "read plainly, where Settings refuses it"
        with pytest.raises(ValidationError):
            core_settings(environ)
        return
    assert plain is None or plain == expected
    assert core_settings(environ) == expected


@pytest.mark.parametrize("value", EDGES)
@pytest.mark.parametrize("name", CORE)
def test_each_spelling_reads_as_settings_reads_it(name: str, value: str):
    _agrees({variable_of(name): value})


@given(environments())
def test_any_environment_reads_as_settings_reads_it(environ: dict[str, str]):
    _agrees(environ)


def test_the_deployed_read_function_is_read_plainly():
    """As infra/template.yaml configures the read function (with values for what it takes from
    the stack's resources), nothing is left to Settings."""
    environ = {
        **function_environment("read"),
        "MADLIBS_TABLE": "madlibs-prod-Table-1XYZ",
        "MADLIBS_ORIGIN_SECRET_ID": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:o-AbC",
        "MADLIBS_ORIGIN_SECRET_REFRESH": "30",
        "MADLIBS_SECRET_MAX_AGE": "300",
        "MADLIBS_TELEMETRY": "powertools",
    }
    plain = CoreSettings.plainly(environ)
    assert plain is not None
    assert plain.store == "dynamodb"
    assert plain == CoreSettings.of(Settings.from_environment(environ))


def test_a_value_settings_refuses_is_refused_naming_the_setting():
    with pytest.raises(ValidationError) as refused:
        core_settings({"MADLIBS_ORIGIN_SECRET_REFRESH": "0"})
    assert refused.value.errors()[0]["loc"] == ("origin_secret_refresh",)
