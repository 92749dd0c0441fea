"""Templates and stories played through the HTTP API, for the tests that need them on a real
server: one way to ask for a template, fill it and submit it."""

from __future__ import annotations

from typing import Any

import httpx


def new_template(
    client: httpx.Client, theme: str = "pirates at a bake sale", seed: int = 7
) -> dict[str, Any]:
    """A template for `theme`, from the first seed (from `seed` on) the writer manages."""
    for attempt in range(seed, seed + 20):
        response = client.post("/api/templates", json={"theme": theme, "seed": attempt})
        if response.status_code == 201:
            template: dict[str, Any] = response.json()
            return template
    raise AssertionError(f"no template for {theme!r}: {response.text}")


def example_fills(template: dict[str, Any], every: str | None = None) -> dict[str, str]:
    """Each blank filled with its own example (or with `every`, the same word everywhere)."""
    return {str(b["id"]): every or b["example"] for b in template["blanks"]}


def submitted(
    client: httpx.Client,
    template: dict[str, Any],
    fills: dict[str, str] | None = None,
    visibility: str = "public",
) -> dict[str, Any]:
    """The story `client`'s player makes of `template` (its examples unless `fills`)."""
    story = client.post(
        "/api/submissions",
        json={
            "template_id": template["id"],
            "fills": example_fills(template) if fills is None else fills,
            "visibility": visibility,
        },
    )
    assert story.status_code == 201, story.text
    result: dict[str, Any] = story.json()
    return result


def played_story(
    client: httpx.Client,
    theme: str = "pirates at a bake sale",
    *,
    first_word: str | None = None,
    visibility: str = "public",
) -> dict[str, Any]:
    """A template for `theme` filled with its examples (the first blank with `first_word` if
    given), submitted by `client`'s player."""
    template = new_template(client, theme, seed=0)
    fills = example_fills(template)
    if first_word is not None:
        fills[str(template["blanks"][0]["id"])] = first_word
    return submitted(client, template, fills, visibility)
