import { useEffect, useState } from "react";
import { kindMessage } from "../api/errors";

/** A failure told kindly, with a way forward. */
export function ErrorNotice({ error, onRetry, retryLabel = "Try again" }: { error: unknown; onRetry?: () => void; retryLabel?: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{kindMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}

/** A spinner with words; after `patienceMs` it says, kindly, that this one is slow. */
export function Busy({ children, patienceMs = 8000 }: { children: React.ReactNode; patienceMs?: number }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), patienceMs);
    return () => window.clearTimeout(timer);
  }, [patienceMs]);
  return (
    <div className="busy" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>
        {children}
        {slow && " This is taking longer than usual — still working on it."}
      </span>
    </div>
  );
}

/** A page's story while it loads: what the page waits for, or why the story could not be opened. */
export function StoryLoading({ error, onRetry, waiting, children }: { error: unknown; onRetry: () => void; waiting: string; children?: React.ReactNode }) {
  if (error) {
    return (
      <section className="panel">
        <h1>We couldn't open that story</h1>
        <ErrorNotice error={error} onRetry={onRetry} />
        {children}
      </section>
    );
  }
  return (
    <section className="panel">
      <Busy>{waiting}</Busy>
    </section>
  );
}
