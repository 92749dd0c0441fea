"""All configuration, from the environment (MADLIBS_*), with embedded defaults for everything.
The fields themselves are in settings_fields.py."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

from madlibs.settings_fields import ENV_PREFIX, SettingsFields


class Settings(SettingsFields, BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")
