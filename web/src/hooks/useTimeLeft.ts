import { useEffect, useState } from "react";

const MINUTE = 60_000;

/**
 * Milliseconds until `deadline` (epoch ms), 0 once it has passed or with none. It changes as each
 * whole minute left runs out and at the deadline itself, which is all a "minutes left" label needs.
 */
export function useTimeLeft(deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const left = deadline === null || Number.isNaN(deadline) ? 0 : Math.max(0, deadline - now);
  useEffect(() => {
    if (left <= 0) return;
    const untilFewerMinutes = left - (Math.ceil(left / MINUTE) - 1) * MINUTE;
    const timer = window.setTimeout(() => setNow(Date.now()), untilFewerMinutes);
    return () => window.clearTimeout(timer);
  }, [left]);
  return left;
}
