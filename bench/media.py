"""Offline media engines: render time per story for eSpeak NG speech (to MP3) and drawn pictures.

Stories come from the offline writer, filled with the blanks' own examples.
Run: .venv/bin/python bench/media.py
"""

from __future__ import annotations

import statistics
import time

from madlibs.adapters.offline.pictures import DrawnPictures
from madlibs.adapters.offline.speech import EspeakSpeech
from madlibs.adapters.offline.writer import OfflineWriter
from madlibs.domain.story import assemble

THEMES = (
    "pirates at a bake sale",
    "robots at the dentist",
    "a dragon who loves soup",
    "llamas in space",
    "a haunted bowling alley",
    "cats who play chess",
    "Monday morning",
    "a wizard's first day at school",
)


def stories() -> list[tuple[str, str, list[str]]]:
    writer = OfflineWriter()
    out = []
    for seed, theme in enumerate(THEMES):
        draft = writer.write(theme, seed=seed)
        words = {blank.id: blank.example for blank in draft.blanks}
        story = "".join(s.text for s in assemble(draft.text, words).segments)
        out.append((draft.title, story, list(words.values())))
    return out


def summary(label: str, millis: list[float]) -> None:
    ordered = sorted(millis)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{label}: median {statistics.median(millis):.0f} ms, p95 {p95:.0f} ms, "
        f"max {max(millis):.0f} ms over {len(millis)} stories"
    )


def main() -> None:
    speech, pictures = EspeakSpeech(), DrawnPictures()
    samples = stories()
    speech.synthesize("warm up")  # loads the library once, as a running server has
    pictures.draw("warm up", "warm up", [])

    print("speech (eSpeak NG -> MP3 32 kbit/s)")
    print(f"  {'chars':>5} {'render ms':>9} {'audio s':>7} {'x realtime':>10} {'bytes':>7}")
    speech_ms = []
    for title, story, _ in samples:
        text = f"{title}. {story}"
        started = time.perf_counter()
        rendered = speech.synthesize(text)
        elapsed = (time.perf_counter() - started) * 1000
        speech_ms.append(elapsed)
        seconds = len(rendered.data) * 8 / 32_000  # constant bit rate
        print(
            f"  {len(text):5d} {elapsed:9.0f} {seconds:7.1f} {seconds * 1000 / elapsed:10.0f} "
            f"{len(rendered.data):7d}"
        )
    summary("  speech", speech_ms)

    print("pictures (Pillow, 768x512 lossless WebP)")
    print(f"  {'words':>5} {'render ms':>9} {'bytes':>7}  title")
    picture_ms = []
    for title, story, words in samples:
        started = time.perf_counter()
        rendered = pictures.draw(title, story, words)
        elapsed = (time.perf_counter() - started) * 1000
        picture_ms.append(elapsed)
        print(f"  {len(words):5d} {elapsed:9.0f} {len(rendered.data):7d}  {title}")
    summary("  pictures", picture_ms)


if __name__ == "__main__":
    main()
