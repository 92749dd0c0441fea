import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { GameApi } from "../api/client";
import { useApi } from "../api/context";
import { ApiError } from "../api/errors";
import { Icon } from "../components/Icon";
import { ErrorNotice } from "../components/Notice";
import { SUGGESTED_THEMES, SURPRISE_THEMES } from "../game/words";
import { rememberTemplate } from "../hooks/queries";
import { useScreenHeading } from "../hooks/useScreenHeading";
import { Link, useNavigation } from "../router";

const WRITING_STEPS = [
  "Sharpening the pencils…",
  "Inventing some nonsense…",
  "Leaving gaps for your words…",
  "Checking every blank has an example…",
];

const MAX_THEME = 80;
const ATTEMPTS = 3;

/** A story writer (an LLM most of all) sometimes slips; a fresh attempt usually lands. */
async function writeWithRetries(api: GameApi, theme: string, signal: AbortSignal, onRetry: () => void) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.createTemplate(theme, signal);
    } catch (failure) {
      const worthRetrying =
        failure instanceof ApiError && (failure.code === "invalid_template" || failure.status === 503 || failure.status === 504);
      if (!worthRetrying || attempt >= ATTEMPTS || signal.aborted) throw failure;
      onRetry();
    }
  }
}

export function StartPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const heading = useScreenHeading<HTMLHeadingElement>("");
  const [theme, setTheme] = useState("");
  const [writing, setWriting] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [step, setStep] = useState(0);
  const [slow, setSlow] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const lastTheme = useRef("");

  useEffect(() => () => abort.current?.abort(), []);

  useEffect(() => {
    if (!writing) return;
    const ticker = window.setInterval(() => setStep((n) => Math.min(n + 1, WRITING_STEPS.length - 1)), 1500);
    const slowTimer = window.setTimeout(() => setSlow(true), 8000);
    return () => {
      window.clearInterval(ticker);
      window.clearTimeout(slowTimer);
    };
  }, [writing]);

  async function write(chosen: string) {
    const cleaned = chosen.trim().slice(0, MAX_THEME);
    if (!cleaned || writing) return;
    lastTheme.current = cleaned;
    setTheme(cleaned);
    setError(null);
    setStep(0);
    setSlow(false);
    setWriting(cleaned);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const template = await writeWithRetries(api, cleaned, controller.signal, () => setSlow(true));
      rememberTemplate(queryClient, template);
      navigate(`/play/${encodeURIComponent(template.id)}`);
    } catch (failure) {
      if (!controller.signal.aborted) setError(failure);
    } finally {
      if (abort.current === controller) abort.current = null;
      setWriting(null);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void write(theme);
  }

  function surprise() {
    const others = SURPRISE_THEMES.filter((t) => t !== lastTheme.current);
    void write(others[Math.floor(Math.random() * others.length)] ?? SURPRISE_THEMES[0]!);
  }

  return (
    <section className="panel start">
      <h1 ref={heading} tabIndex={-1}>
        Make a silly story
      </h1>
      <p className="lede">
        Pick a theme and we'll write a story with blanks. You fill in the words without seeing the
        story — then read the nonsense you made.
      </p>

      <form className="theme-form" onSubmit={onSubmit} aria-busy={writing !== null}>
        <label htmlFor="theme">What should your story be about?</label>
        <div className="row">
          <input
            id="theme"
            name="theme"
            type="text"
            value={theme}
            maxLength={MAX_THEME}
            placeholder="pirates at a bake sale"
            autoComplete="off"
            disabled={writing !== null}
            onChange={(event) => setTheme(event.target.value)}
          />
          <button type="submit" className="button primary" disabled={writing !== null || !theme.trim()}>
            Write my story
          </button>
        </div>
      </form>

      <div className="suggestions">
        <p id="suggestions-label">Or try one of these:</p>
        <ul aria-labelledby="suggestions-label" className="chips">
          {SUGGESTED_THEMES.map((suggestion) => (
            <li key={suggestion}>
              <button type="button" className="chip" disabled={writing !== null} onClick={() => void write(suggestion)}>
                {suggestion}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="chip surprise" disabled={writing !== null} onClick={surprise}>
              <Icon name="dice" />
              Surprise me
            </button>
          </li>
        </ul>
      </div>

      <div role="status" className="writing-status">
        {writing && (
          <div className="writing">
            <span className="spinner" aria-hidden="true" />
            <div>
              <p className="writing-title">Writing a story about “{writing}”…</p>
              <p className="writing-step">{WRITING_STEPS[step]}</p>
              {slow && <p>The story machine is thinking extra hard today. Hang on — or try again later.</p>}
            </div>
            <button type="button" className="button secondary" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          </div>
        )}
      </div>
      {error !== null && !writing && (
        <ErrorNotice error={error} onRetry={() => void write(lastTheme.current)} />
      )}

      <section className="party-offer" aria-labelledby="party-offer-title">
        <h2 id="party-offer-title">Playing with friends?</h2>
        <p>Everyone on their own phone, the story revealed on the big screen.</p>
        <div className="actions">
          <Link href="/party" className="button primary">
            Host a party
          </Link>
          <Link href="/join" className="button secondary">
            Join a party
          </Link>
        </div>
      </section>

      <p className="more-link">
        Want to read first? <Link href="/stories">See what others made</Link>.
      </p>
    </section>
  );
}
