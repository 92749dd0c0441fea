"""Many players at once, and a hard crash mid-burst: nothing is lost that was acknowledged."""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.support.server import ServerProcess

PLAYERS = 30
STORIES_EACH = 3


async def play(client: httpx.AsyncClient, template: dict, latencies: list[float]) -> list[str]:
    token = (await client.post("/api/session")).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    fills = {str(b["id"]): b["example"] for b in template["blanks"]}
    slugs = []
    for _ in range(STORIES_EACH):
        started = time.perf_counter()
        response = await client.post(
            "/api/submissions",
            headers=headers,
            json={"template_id": template["id"], "fills": fills, "visibility": "public"},
        )
        latencies.append(time.perf_counter() - started)
        assert response.status_code == 201, response.text
        slugs.append(response.json()["slug"])
        started = time.perf_counter()
        read = await client.get(f"/api/p/{slugs[-1]}")
        latencies.append(time.perf_counter() - started)
        assert read.status_code == 200
    return slugs


async def crowd(base_url: str, template: dict) -> tuple[list[str], list[float]]:
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=PLAYERS)
    async with httpx.AsyncClient(base_url=base_url, timeout=30, limits=limits) as client:
        results = await asyncio.gather(*(play(client, template, latencies) for _ in range(PLAYERS)))
    return [slug for slugs in results for slug in slugs], latencies


def test_many_players_at_once_lose_nothing(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        template = client.post("/api/templates", json={"theme": "a busy zoo", "seed": 4}).json()
    # A thread of its own: a browser test earlier in the session may hold this thread's loop.
    with ThreadPoolExecutor(1) as pool:
        slugs, latencies = pool.submit(
            asyncio.run, crowd(shared_server.base_url, template)
        ).result()

    assert len(set(slugs)) == PLAYERS * STORIES_EACH
    with shared_server.client() as client:
        listed = set()
        cursor = None
        while True:
            params = {"view": "template", "template_id": template["id"], "limit": 100}
            page = client.get(
                "/api/submissions", params={**params, **({"cursor": cursor} if cursor else {})}
            ).json()
            listed.update(s["slug"] for s in page["items"])
            cursor = page["next_cursor"]
            if not cursor:
                break
    assert listed == set(slugs)
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"\nload: {len(latencies)} requests from {PLAYERS} players; "
        f"p50 {cuts[49] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms"
    )


def test_acknowledged_submissions_survive_kill_9(server: ServerProcess):
    token = server.session_token()
    with server.client(token) as client:
        template = client.post("/api/templates", json={"theme": "robots", "seed": 2}).json()
    fills = {str(b["id"]): b["example"] for b in template["blanks"]}
    acknowledged: list[str] = []
    stop = threading.Event()

    def submit_until_stopped() -> None:
        with server.client(token) as client:
            while not stop.is_set():
                try:
                    response = client.post(
                        "/api/submissions", json={"template_id": template["id"], "fills": fills}
                    )
                except httpx.HTTPError:
                    return  # the server died under us: this one was never acknowledged
                if response.status_code == 201:
                    acknowledged.append(response.json()["slug"])

    writers = [threading.Thread(target=submit_until_stopped) for _ in range(4)]
    for writer in writers:
        writer.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill9()  # mid-burst: requests are in flight
    stop.set()
    for writer in writers:
        writer.join()
    assert len(acknowledged) >= 40

    server.start()
    with server.client() as client:
        missing = [slug for slug in acknowledged if client.get(f"/api/p/{slug}").status_code != 200]
    assert missing == []
