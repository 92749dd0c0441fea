import { useEffect, useMemo, useState, type FormEvent } from "react";
import { ApiError } from "../api";
import { BlankField } from "../components/BlankField";
import { Busy, ErrorNotice } from "../components/Notice";
import { storyCache, templateCache, useApi, useScreenHeading } from "../context";
import { blanksForPlayer, clearDraft, loadDraft, saveAuthors, saveDraft, type Draft } from "../drafts";
import { useNavigation } from "../router";
import type { Blank, Template } from "../types";
import { chooseWord } from "../words";

const MAX_PLAYERS = 6;

function useTemplate(templateId: string) {
  const api = useApi();
  const [template, setTemplate] = useState<Template | null>(() => templateCache.get(templateId) ?? null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (template) return;
    let live = true;
    setError(null);
    api.getTemplate(templateId).then(
      (loaded) => {
        templateCache.set(loaded.id, loaded);
        if (live) setTemplate(loaded);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, templateId, template, attempt]);
  return { template, error, retry: () => setAttempt((n) => n + 1) };
}

export function PlayPage({ templateId }: { templateId: string }) {
  const { template, error, retry } = useTemplate(templateId);
  if (error) {
    return (
      <section className="panel">
        <h1>We couldn't open that story</h1>
        <ErrorNotice error={error} onRetry={retry} />
      </section>
    );
  }
  if (!template) {
    return (
      <section className="panel">
        <Busy>Fetching your story's blanks…</Busy>
      </section>
    );
  }
  return <FillIn template={template} />;
}

function FillIn({ template }: { template: Template }) {
  const api = useApi();
  const { navigate } = useNavigation();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(template.id));
  const [fieldErrors, setFieldErrors] = useState<Record<number, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [settingUpGroup, setSettingUpGroup] = useState(false);
  const group = draft.group;
  const heading = useScreenHeading<HTMLHeadingElement>(template.title);

  useEffect(() => saveDraft(template.id, draft), [template.id, draft]);

  useEffect(() => {
    // Arriving from "Change it" on the result: straight to the word in question.
    const target = window.location.hash.startsWith("#blank-") ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.focus();
  }, []);

  const visibleBlanks: Blank[] = useMemo(
    () => (group ? blanksForPlayer(template.blanks, group.players.length, group.turn) : template.blanks),
    [template.blanks, group],
  );
  const isLastTurn = !group || group.turn >= group.players.length - 1;

  function update(change: (draft: Draft) => Draft) {
    setDraft((current) => change(current));
  }

  function setWord(blankId: number, word: string) {
    update((d) => ({ ...d, fills: { ...d.fills, [String(blankId)]: word } }));
    if (fieldErrors[blankId]) setFieldErrors(({ [blankId]: _, ...rest }) => rest);
  }

  function chooseFor(blank: Blank) {
    setWord(blank.id, chooseWord(blank, Math.random, draft.fills[String(blank.id)]));
  }

  function fillTheRest() {
    update((d) => {
      const fills = { ...d.fills };
      for (const blank of visibleBlanks) {
        if (!fills[String(blank.id)]?.trim()) fills[String(blank.id)] = chooseWord(blank);
      }
      return { ...d, fills };
    });
    setFieldErrors({});
  }

  function missing(blanks: Blank[]): Blank[] {
    return blanks.filter((blank) => !draft.fills[String(blank.id)]?.trim());
  }

  function flagMissing(blanks: Blank[]): boolean {
    const empty = missing(blanks);
    if (empty.length === 0) return false;
    setFieldErrors(Object.fromEntries(empty.map((b) => [b.id, "Type a word here, or press “Choose for me”."])));
    document.getElementById(`blank-${empty[0]!.id}`)?.focus();
    return true;
  }

  async function submit() {
    if (flagMissing(template.blanks)) return;
    setSubmitting(true);
    setSubmitError(null);
    const fills = Object.fromEntries(template.blanks.map((b) => [String(b.id), draft.fills[String(b.id)]!.trim()]));
    try {
      const story = await api.submit(template.id, fills, draft.visibility);
      storyCache.set(story.slug, story);
      if (group) {
        const players = group.players;
        saveAuthors(
          story.slug,
          Object.fromEntries(template.blanks.map((b, index) => [String(b.id), players[index % players.length] ?? ""])),
        );
      }
      clearDraft(template.id);
      navigate(`/p/${encodeURIComponent(story.slug)}`);
    } catch (failure) {
      setSubmitting(false);
      setSubmitError(failure);
      const field = failure instanceof ApiError ? failure.field : undefined;
      const blankId = field?.startsWith("fills.") ? Number(field.slice("fills.".length)) : NaN;
      if (Number.isInteger(blankId) && failure instanceof ApiError) {
        if (group) {
          // Show the blank to whoever is holding the device: the group can fix it together.
          update((d) => ({ ...d, group: null }));
        }
        setFieldErrors({ [blankId]: failure.message });
        window.setTimeout(() => document.getElementById(`blank-${blankId}`)?.focus(), 0);
      }
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (group && !isLastTurn) {
      if (flagMissing(visibleBlanks)) return;
      update((d) => (d.group ? { ...d, group: { ...d.group, turn: d.group.turn + 1, handingOver: true } } : d));
      return;
    }
    void submit();
  }

  if (settingUpGroup) {
    return (
      <GroupSetup
        maxPlayers={Math.min(MAX_PLAYERS, template.blanks.length)}
        onCancel={() => setSettingUpGroup(false)}
        onStart={(players) => {
          setSettingUpGroup(false);
          update((d) => ({ ...d, group: { players, turn: 0, handingOver: true } }));
        }}
      />
    );
  }

  if (group?.handingOver) {
    const name = group.players[group.turn] ?? `Player ${group.turn + 1}`;
    const count = visibleBlanks.length;
    return (
      <section className="panel handover">
        <h1 ref={heading} tabIndex={-1}>
          Pass the device to {name}
        </h1>
        <p className="lede">
          {name}, it's your turn: {count} {count === 1 ? "word" : "words"} to fill in. No peeking, everyone else!
        </p>
        <ol className="turns" aria-label="Turns">
          {group.players.map((player, index) => {
            const state = index < group.turn ? "done" : index === group.turn ? "current" : "";
            return (
              <li key={index} className={state}>
                {player}
                {state && <span className="visually-hidden">{state === "done" ? " (done)" : " (now)"}</span>}
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button primary big"
          autoFocus
          onClick={() => update((d) => (d.group ? { ...d, group: { ...d.group, handingOver: false } } : d))}
        >
          I'm {name} — show my words
        </button>
      </section>
    );
  }

  const playerName = group ? (group.players[group.turn] ?? `Player ${group.turn + 1}`) : null;
  const filled = visibleBlanks.length - missing(visibleBlanks).length;

  return (
    <section className="panel play">
      <p className="eyebrow">Theme: {template.theme}</p>
      <h1 ref={heading} tabIndex={-1}>
        {playerName ? `${playerName}'s words` : template.title}
      </h1>
      <p className="lede">
        {playerName
          ? "Fill in your words. The others will fill theirs on their turn."
          : "Fill in every word. The story stays secret until the end!"}
      </p>

      {!group && (
        <p className="group-offer">
          Playing with friends?{" "}
          <button type="button" className="linklike" onClick={() => setSettingUpGroup(true)}>
            Pass and play on this device
          </button>
        </p>
      )}

      <form onSubmit={onSubmit} noValidate aria-busy={submitting}>
        <p className="progress" aria-live="polite">
          {filled} of {visibleBlanks.length} words filled
        </p>
        <ol className="blanks">
          {visibleBlanks.map((blank) => (
            <BlankField
              key={blank.id}
              blank={blank}
              number={template.blanks.indexOf(blank) + 1}
              value={draft.fills[String(blank.id)] ?? ""}
              error={fieldErrors[blank.id]}
              onChange={(word) => setWord(blank.id, word)}
              onChoose={() => chooseFor(blank)}
            />
          ))}
        </ol>

        {filled < visibleBlanks.length && (
          <p>
            <button type="button" className="button secondary" onClick={fillTheRest}>
              Choose the rest for me
            </button>
          </p>
        )}

        {isLastTurn && (
          <p className="checkbox">
            <input
              id="public"
              type="checkbox"
              checked={draft.visibility === "public"}
              onChange={(event) => update((d) => ({ ...d, visibility: event.target.checked ? "public" : "unlisted" }))}
            />
            <label htmlFor="public">Show {group ? "our" : "my"} story in the public gallery</label>
          </p>
        )}

        {submitError !== null && <ErrorNotice error={submitError} />}

        <div className="actions">
          <button type="submit" className="button primary big" disabled={submitting}>
            {isLastTurn ? (group ? "Show our story!" : "Show my story!") : "Done — pass it on"}
          </button>
          {group && (
            <button type="button" className="button secondary" onClick={() => update((d) => ({ ...d, group: null }))}>
              Stop pass and play
            </button>
          )}
        </div>
        {submitting && <Busy>Tidying up your words and putting the story together…</Busy>}
      </form>
    </section>
  );
}

function GroupSetup({
  maxPlayers,
  onStart,
  onCancel,
}: {
  maxPlayers: number;
  onStart: (players: string[]) => void;
  onCancel: () => void;
}) {
  const [names, setNames] = useState<string[]>(["", ""]);
  const heading = useScreenHeading<HTMLHeadingElement>("Pass and play");

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onStart(names.map((name, index) => name.trim().slice(0, 20) || `Player ${index + 1}`));
  }

  return (
    <section className="panel">
      <h1 ref={heading} tabIndex={-1}>
        Pass and play
      </h1>
      <p className="lede">
        Everyone takes a turn on this device. Each player sees only their own words — nobody sees the story until the end.
      </p>
      <form onSubmit={onSubmit}>
        <fieldset>
          <legend>Who's playing?</legend>
          <ol className="players">
            {names.map((name, index) => (
              <li key={index}>
                <label htmlFor={`player-${index}`}>Player {index + 1}'s name (optional)</label>
                <input
                  id={`player-${index}`}
                  type="text"
                  value={name}
                  maxLength={20}
                  autoComplete="off"
                  placeholder={`Player ${index + 1}`}
                  onChange={(event) => setNames((all) => all.map((n, i) => (i === index ? event.target.value : n)))}
                />
              </li>
            ))}
          </ol>
          <div className="row">
            <button
              type="button"
              className="button small secondary"
              disabled={names.length >= maxPlayers}
              onClick={() => setNames((all) => [...all, ""])}
            >
              Add a player
            </button>
            <button
              type="button"
              className="button small secondary"
              disabled={names.length <= 2}
              onClick={() => setNames((all) => all.slice(0, -1))}
            >
              Remove a player
            </button>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button primary big">
            Start with {names[0]?.trim() || "Player 1"}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            Back
          </button>
        </div>
      </form>
    </section>
  );
}
