"""Ask for N templates at once from a madlibs server, in a process of its own; prints how long
each took, one line each, when all are done."""

from __future__ import annotations

import sys
import threading
import time

import httpx


def main(base_url: str, token: str, count: int) -> None:
    took: list[float] = []
    # One client for every player, made before the burst: a client per request would spend the
    # burst building TLS contexts on the cores the server needs.
    limits = httpx.Limits(max_connections=count, max_keepalive_connections=count)
    with httpx.Client(
        base_url=base_url, timeout=60, limits=limits, headers={"Authorization": f"Bearer {token}"}
    ) as client:

        def generate() -> None:
            started = time.perf_counter()
            response = client.post("/api/templates", json={"theme": "slow pirates"})
            response.raise_for_status()
            took.append(time.perf_counter() - started)

        players = [threading.Thread(target=generate) for _ in range(count)]
        for player in players:
            player.start()
        for player in players:
            player.join()
    print("\n".join(f"{t:.3f}" for t in took), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
