import { useEffect, useState } from "react";
import type { WordTiming } from "../api/types";
import { wordAt } from "../game/readAlong";
import { REDUCED_MOTION, useMediaQuery } from "./useMediaQuery";

/** Bridges the short silences between words, so the light moves from word to word without blinking. */
const HOLD_MS = 150;
/** With reduced motion the light also rests through longer pauses: fewer changes on screen. */
const CALM_HOLD_MS = 1_000;

/**
 * The index in `words` of the word `audio` is saying now, or -1: follows the recording while it
 * plays (every frame), when it is paused (the word stays lit) or moved, and goes out at the end.
 */
export function useReadAlong(audio: HTMLAudioElement | null, words: readonly WordTiming[]): number {
  const calm = useMediaQuery(REDUCED_MOTION);
  const [lit, setLit] = useState<{ audio: HTMLAudioElement | null; words: readonly WordTiming[]; index: number }>({
    audio: null,
    words: [],
    index: -1,
  });

  useEffect(() => {
    if (!audio || words.length === 0) return;
    const holdMs = calm ? CALM_HOLD_MS : HOLD_MS;
    let frame = 0;
    const show = () => {
      const index = audio.ended ? -1 : wordAt(words, audio.currentTime * 1000, holdMs);
      setLit((last) => (last.audio === audio && last.words === words && last.index === index ? last : { audio, words, index }));
    };
    const follow = () => {
      show();
      frame = audio.paused ? 0 : requestAnimationFrame(follow);
    };
    const start = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(follow);
    };
    // Frames stop in a hidden tab; `timeupdate` still comes a few times a second.
    const updates = ["pause", "ended", "seeked", "timeupdate", "emptied"] as const;
    audio.addEventListener("play", start);
    for (const event of updates) audio.addEventListener(event, show);
    start();
    return () => {
      cancelAnimationFrame(frame);
      audio.removeEventListener("play", start);
      for (const event of updates) audio.removeEventListener(event, show);
    };
  }, [audio, words, calm]);

  return lit.audio === audio && lit.words === words ? lit.index : -1;
}
