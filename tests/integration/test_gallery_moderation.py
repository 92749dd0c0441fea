"""What the public galleries keep out, through a real server: rude words in a story, plain or
disguised, and templates written for a rude theme."""

from __future__ import annotations

import pytest

from tests.support.play import example_fills, new_template, submitted
from tests.support.server import ServerProcess


def listed_slugs(client, template_id: str) -> set[str]:  # type: ignore[no-untyped-def]
    page = client.get("/api/submissions", params={"view": "template", "template_id": template_id})
    return {story["slug"] for story in page.json()["items"]}


@pytest.mark.parametrize("rude_word", ["shit", "ѕhіt", "ｃｒａｐ", "c.r.a.p", "S H I T", "shiiiit"])
def test_a_story_with_a_rude_word_stays_out_of_the_galleries_but_reachable(
    shared_server: ServerProcess, rude_word: str
):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client, "a bakery", seed=2)
        fills = example_fills(template)
        fills[next(iter(fills))] = rude_word
        rude = submitted(client, template, fills)["slug"]
        kept = submitted(client, template)["slug"]
        assert listed_slugs(client, template["id"]) == {kept}
        assert client.get(f"/api/p/{rude}").status_code == 200
        mine = client.get("/api/submissions", params={"view": "mine", "limit": 100}).json()
        assert rude in {story["slug"] for story in mine["items"]}


def test_a_template_for_a_rude_theme_is_kept_from_the_recent_list(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        rude = client.post("/api/templates", json={"theme": "ѕhіt everywhere"}).json()
        fine = client.post("/api/templates", json={"theme": "a quiet library"}).json()
        recent = {
            t["id"] for t in client.get("/api/templates", params={"limit": 100}).json()["items"]
        }
        assert fine["id"] in recent
        assert rude["id"] not in recent
        mine = client.get("/api/templates", params={"view": "mine", "limit": 100}).json()["items"]
        assert rude["id"] in {t["id"] for t in mine}
        # Whoever has its id can still play it.
        assert client.get(f"/api/templates/{rude['id']}").status_code == 200
