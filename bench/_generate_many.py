"""Ask for N templates at once from a madlibs server, in a process of its own; prints how long
each took, one line each, when all are done."""

from __future__ import annotations

import sys
import threading
import time

import httpx


def main(base_url: str, token: str, count: int) -> None:
    took: list[float] = []

    def generate() -> None:
        started = time.perf_counter()
        response = httpx.post(
            f"{base_url}/api/templates",
            json={"theme": "slow pirates"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
        )
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
