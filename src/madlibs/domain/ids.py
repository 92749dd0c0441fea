"""Identifiers. Slugs are permalinks anyone may hold, so they carry 96 random bits."""

from __future__ import annotations

import secrets

SLUG_BYTES = 12  # 96 bits: unguessable, and 16 URL-safe characters


def new_slug() -> str:
    return secrets.token_urlsafe(SLUG_BYTES)


def new_template_id() -> str:
    return "tpl_" + secrets.token_urlsafe(9)


def new_player_id() -> str:
    return "plr_" + secrets.token_urlsafe(9)
