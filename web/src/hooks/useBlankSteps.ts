import { useEffect, useRef, useState, type TouchEvent } from "react";
import type { Blank } from "../api/types";
import { startingBlank } from "../game/play";
import { useElements } from "./useElements";
import { NARROW_SCREEN, useMediaQuery } from "./useMediaQuery";

/** A sideways swipe this long (px), and mostly sideways, moves to the next or previous blank. */
const SWIPE_PX = 50;

/**
 * Blanks filled in one at a time on a phone (Next, Back, swipes), all at once on a wider
 * screen; and focus moved to a blank, once it is on screen.
 */
export function useBlankSteps(blanks: Blank[], fills: Record<string, string>) {
  const inputs = useElements<number, HTMLInputElement>();
  // A blank to focus once it is on screen (it may belong to a step, or a turn, not shown yet).
  const focusWhenShown = useRef<number | null>(null);
  const oneAtATime = useMediaQuery(NARROW_SCREEN);
  const [shownBlankId, setShownBlankId] = useState(() => startingBlank(blanks, fills));
  const shownIndex = blanks.findIndex((blank) => blank.id === shownBlankId);
  if (shownIndex < 0 && blanks.length > 0) {
    // Other blanks were dealt (a new turn or round): start at the first empty one.
    setShownBlankId(startingBlank(blanks, fills));
  }
  const step = Math.max(0, shownIndex);
  const swipeStart = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const blankId = focusWhenShown.current;
    if (blankId !== null && inputs.focus(blankId)) focusWhenShown.current = null;
  });

  function focusBlank(blankId: number) {
    setShownBlankId(blankId);
    focusWhenShown.current = inputs.focus(blankId) ? null : blankId;
  }

  function goToStep(index: number) {
    const blank = blanks[Math.min(Math.max(index, 0), blanks.length - 1)];
    if (blank && blank.id !== shownBlankId) focusBlank(blank.id);
  }

  function onTouchStart(event: TouchEvent) {
    const touch = event.touches[0];
    swipeStart.current = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
  }

  function onTouchEnd(event: TouchEvent) {
    const start = swipeStart.current;
    const touch = event.changedTouches[0];
    swipeStart.current = null;
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    const dy = touch.clientY - start.y;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    goToStep(dx < 0 ? step + 1 : step - 1);
  }

  return {
    oneAtATime,
    step,
    /** Whether the blank shown is the last (always, when every blank is shown). */
    lastStep: !oneAtATime || step >= blanks.length - 1,
    shownBlanks: oneAtATime ? blanks.slice(step, step + 1) : blanks,
    refFor: inputs.refFor,
    focusBlank,
    goToStep,
    swipes: { onTouchStart, onTouchEnd },
  };
}
