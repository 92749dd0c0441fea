"""Settings come from the environment: MADLIBS_<NAME> in any case, the SDKs' own names for the
few they share, embedded defaults for the rest, and a clear refusal for a bad value."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from pydantic import ValidationError

from madlibs.settings import ENV_PREFIX, SDK_NAMES, Settings


def _other_value(name: str) -> str:
    """A valid value for the field `name` that differs from its default, as an env string."""
    field = Settings.model_fields[name]
    default, kind = field.default, field.annotation
    if typing.get_origin(kind) is typing.Literal:
        return next(str(option) for option in typing.get_args(kind) if option != default)
    if isinstance(default, bool):
        return str(not default).lower()
    if isinstance(default, int | float):
        return str(default + 1)
    if isinstance(default, Path) or default is None:
        return f"/srv/{name}"
    return f"{default}-changed"


def variable_of(name: str) -> str:
    return SDK_NAMES.get(name, ENV_PREFIX + name.upper())


def test_with_nothing_set_every_setting_has_its_default():
    assert Settings.from_environment({}) == Settings()


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_each_setting_is_read_from_its_variable(name: str):
    settings = Settings.from_environment(
        {variable_of(name): _other_value(name), "MADLIBS_NOT_A_SETTING": "x"}
    )
    assert getattr(settings, name) != Settings.model_fields[name].default
    others = {k: v for k, v in settings.model_dump().items() if k != name}
    assert others == {k: v for k, v in Settings().model_dump().items() if k != name}


def test_the_sdks_own_names_are_kept():
    settings = Settings.from_environment(
        {
            "OPENAI_BASE_URL": "http://127.0.0.1:11434/v1",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:5005",
        }
    )
    assert settings.openai_base_url == "http://127.0.0.1:11434/v1"
    assert settings.aws_endpoint_url == "http://127.0.0.1:5005"
    assert Settings.from_environment({"MADLIBS_OPENAI_BASE_URL": "x"}).openai_base_url is None


def test_names_are_read_in_any_case():
    settings = Settings.from_environment({"madlibs_store": "dynamodb", "Madlibs_Table": "t"})
    assert (settings.store, settings.table) == ("dynamodb", "t")


def test_the_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MADLIBS_TABLE", "from-the-process")
    assert Settings.from_environment().table == "from-the-process"


@pytest.mark.parametrize(
    ("environ", "field"),
    [
        ({"MADLIBS_STORE": "mysql"}, "store"),
        ({"MADLIBS_TOKEN_TTL": "5"}, "token_ttl"),
        ({"MADLIBS_PROVIDER_RETRIES": "many"}, "provider_retries"),
    ],
)
def test_a_bad_value_is_refused_naming_the_setting(environ: dict[str, str], field: str):
    with pytest.raises(ValidationError) as refused:
        Settings.from_environment(environ)
    assert refused.value.errors()[0]["loc"] == (field,)


def test_the_party_rooms_file_sits_beside_the_stories_unless_set():
    beside = Settings.from_environment({"MADLIBS_DB_PATH": "/srv/game/stories.db"})
    assert beside.rooms_file == Path("/srv/game/stories.rooms.db")
    moved = Settings.from_environment({"MADLIBS_ROOMS_DB_PATH": "/run/rooms.db"})
    assert moved.rooms_file == Path("/run/rooms.db")
