"""A fake OpenAI-compatible model that answers well but takes MODEL_LATENCY seconds, in a
process of its own (so its threads don't share the measuring client's interpreter).
Prints its base URL, then serves until stdin closes."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakes.openai_server import FakeOpenAI, Recorded, Reply, well_behaved

LATENCY = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0


def slow(request: Recorded) -> Reply:
    return replace(well_behaved(request), hang=LATENCY)


if __name__ == "__main__":
    with FakeOpenAI() as model:
        model.always(slow)
        print(model.base_url, flush=True)
        sys.stdin.read()
