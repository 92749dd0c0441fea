"""Offline media engines: render time per story for eSpeak NG speech (to MP3), the same with
word timings (against without, in the same run), drawn pictures, and share cards (drawn, then
served from the blob store).

Stories come from the offline writer, filled with the blanks' own examples.
Goals: speech with timings <= 1.2x without; a share card drawn in <= 150 ms.
Run: .venv/bin/python bench/media.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from madlibs.adapters.offline.cards import PillowCards
from madlibs.adapters.offline.pictures import DrawnPictures
from madlibs.adapters.offline.speech import EspeakSpeech
from madlibs.adapters.offline.writer import OfflineWriter
from madlibs.domain.model import Segment, Visibility
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
    return [(title, story, words) for title, story, words, _ in stories_with_segments()]


def stories_with_segments() -> list[tuple[str, str, list[str], tuple[Segment, ...]]]:
    writer = OfflineWriter()
    out = []
    for seed, theme in enumerate(THEMES):
        draft = writer.write(theme, seed=seed)
        words = {blank.id: blank.example for blank in draft.blanks}
        segments = assemble(draft.text, words).segments
        story = "".join(s.text for s in segments)
        out.append((draft.title, story, list(words.values()), segments))
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
    word_timing(samples)

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
    share_cards()


def word_timing(samples: list[tuple[str, str, list[str]]], rounds: int = 5) -> None:
    """Speech with word timings against the same speech without them, interleaved; the ratio
    is the median over stories of each story's median time with over its median without."""
    timed, plain = EspeakSpeech(), EspeakSpeech(timings=False)
    per_story: list[tuple[list[float], list[float]]] = [([], []) for _ in samples]
    words = 0
    for _ in range(rounds):
        for (title, story, _), (with_ms, without_ms) in zip(samples, per_story, strict=True):
            text = f"{title}. {story}"
            for engine, into in ((plain, without_ms), (timed, with_ms)):
                started = time.perf_counter()
                rendered = engine.synthesize(text)
                into.append((time.perf_counter() - started) * 1000)
                words += len(rendered.words)
    print("speech with word timings (eSpeak NG word events + silence trim)")
    summary("  without timings", [ms for _, without in per_story for ms in without])
    summary("  with timings", [ms for with_ms, _ in per_story for ms in with_ms])
    ratios = [
        statistics.median(with_ms) / statistics.median(without) for with_ms, without in per_story
    ]
    print(
        f"  ratio with/without: median {statistics.median(ratios):.3f}, "
        f"max {max(ratios):.3f} over {len(ratios)} stories (goal <= 1.2); "
        f"{words // rounds} words timed a round"
    )


def share_cards() -> None:
    painter, pictures = PillowCards(), DrawnPictures()
    samples = stories_with_segments()
    painter.paint("warm up", (Segment("warm up"),), None)
    # CPU time beside wall time: on a machine shared with other work, wall time also counts
    # the time this process waited for a core.
    print("share cards (Pillow, 1200x630 PNG; goal <= 150 ms)")
    print(
        f"  {'picture':>7} {'draw ms':>7} {'cpu ms':>6} {'bytes':>7} {'thumb ms':>8} {'bytes':>6}"
        "  title"
    )
    drawn_ms, drawn_cpu_ms = [], []
    for title, story, words, segments in samples:
        picture = pictures.draw(title, story, words).data
        for with_picture in (False, True):
            started, started_cpu = time.perf_counter(), time.process_time()
            card = painter.paint(title, segments, picture if with_picture else None)
            elapsed = (time.perf_counter() - started) * 1000
            cpu = (time.process_time() - started_cpu) * 1000
            drawn_ms.append(elapsed)
            drawn_cpu_ms.append(cpu)
            started = time.perf_counter()
            thumbnail = painter.thumbnail(card)
            thumb_ms = (time.perf_counter() - started) * 1000
            print(
                f"  {'yes' if with_picture else 'no':>7} {elapsed:7.0f} {cpu:6.0f} {len(card):7d} "
                f"{thumb_ms:8.0f} {len(thumbnail):6d}  {title}"
            )
    summary("  cards drawn (wall)", drawn_ms)
    summary("  cards drawn (cpu)", drawn_cpu_ms)
    served_from_store()


def served_from_store() -> None:
    """The card service on SQLite + local files, as `madlibs serve` runs it: the first request
    draws and keeps the card, the next ones read it back."""
    from madlibs.bootstrap import Container
    from madlibs.services import cards, media, submissions, templates
    from madlibs.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        settings = Settings(db_path=root / "madlibs.db", media_dir=root / "media", data_dir=root)
        container = Container(settings)
        ports = container
        first_ms, again_ms = [], []
        for seed, theme in enumerate(THEMES):
            template = templates.generate_template(ports, "plr_bench", theme, seed=seed)
            fills = {str(b.id): b.example for b in template.blanks}
            story = submissions.submit(ports, "plr_bench", template.id, fills, Visibility.PUBLIC)
            media.render_image(ports, story.slug, 60)
            started = time.perf_counter()
            cards.share_card(ports, story.slug)
            first_ms.append((time.perf_counter() - started) * 1000)
            for _ in range(5):
                started = time.perf_counter()
                cards.share_card(ports, story.slug)
                again_ms.append((time.perf_counter() - started) * 1000)
        container.close()
    print("share card requests (store read + blob; SQLite + local files)")
    summary("  first (drawn, kept)", first_ms)
    summary("  after (from the store)", again_ms)


if __name__ == "__main__":
    main()
