"""The Lambda functions read their settings with `from_environment`, without pydantic-settings:
it must read every environment exactly as `Settings()` does."""

from __future__ import annotations

import os
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from madlibs.settings import Settings
from madlibs.settings_fields import ENV_PREFIX, SettingsFields, from_environment


def _other_value(name: str) -> str:
    """A valid value for the field `name` that differs from its default, as an env string."""
    field = SettingsFields.model_fields[name]
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


def _read_both(environ: dict[str, str], patch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    for key in [k for k in os.environ if k.upper().startswith(ENV_PREFIX)]:
        patch.delenv(key)
    for key, value in environ.items():
        patch.setenv(key, value)
    return Settings().model_dump(), from_environment(environ).model_dump()


def test_settings_is_the_fields_read_by_pydantic_settings():
    assert Settings.model_fields.keys() == SettingsFields.model_fields.keys()


def test_defaults_are_read_alike(monkeypatch: pytest.MonkeyPatch):
    settings, fields = _read_both({}, monkeypatch)
    assert settings == fields


@pytest.mark.parametrize("name", sorted(SettingsFields.model_fields))
def test_each_setting_is_read_alike(name: str, monkeypatch: pytest.MonkeyPatch):
    environ = {ENV_PREFIX + name.upper(): _other_value(name), "MADLIBS_NOT_A_SETTING": "x"}
    settings, fields = _read_both(environ, monkeypatch)
    assert settings == fields
    assert fields[name] != SettingsFields.model_fields[name].default


def test_names_are_read_in_any_case(monkeypatch: pytest.MonkeyPatch):
    settings, fields = _read_both({"madlibs_store": "dynamodb", "Madlibs_Table": "t"}, monkeypatch)
    assert settings == fields
    assert (fields["store"], fields["table"]) == ("dynamodb", "t")


@pytest.mark.parametrize(
    "environ", [{"MADLIBS_STORE": "mysql"}, {"MADLIBS_TOKEN_TTL": "5"}, {"MADLIBS_TABLE": ""}]
)
def test_what_settings_refuses_is_refused(environ: dict[str, str], monkeypatch: pytest.MonkeyPatch):
    try:
        _read_both(environ, monkeypatch)
    except ValidationError:
        with pytest.raises(ValidationError):
            from_environment(environ)
    else:
        assert from_environment(environ).model_dump() == Settings().model_dump()
