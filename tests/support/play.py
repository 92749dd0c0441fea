"""A story played through the HTTP API, for the tests that need one on a real server."""

from __future__ import annotations

from typing import Any

import httpx


def played_story(
    client: httpx.Client,
    theme: str = "pirates at a bake sale",
    *,
    first_word: str | None = None,
    visibility: str = "public",
) -> dict[str, Any]:
    """A template for `theme` (the first seed the writer manages), filled with its examples
    (the first blank with `first_word` if given), submitted by `client`'s player."""
    for seed in range(20):
        template = client.post("/api/templates", json={"theme": theme, "seed": seed})
        if template.status_code == 201:
            break
    assert template.status_code == 201, template.text
    blanks = template.json()["blanks"]
    fills = {str(b["id"]): b["example"] for b in blanks}
    if first_word is not None:
        fills[str(blanks[0]["id"])] = first_word
    story = client.post(
        "/api/submissions",
        json={"template_id": template.json()["id"], "fills": fills, "visibility": visibility},
    )
    assert story.status_code == 201, story.text
    result: dict[str, Any] = story.json()
    return result
