import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useApi } from "../api/context";
import { ApiError } from "../api/errors";
import type { Submission, Template } from "../api/types";
import { changedWords, typedWords } from "../game/editing";
import { queryKeys, rememberChangedStory } from "../hooks/queries";
import { useElements } from "../hooks/useElements";
import { BlankField, BlankKeysHint } from "./BlankField";
import { Busy, ErrorNotice } from "./Notice";
import { wordFieldProps } from "./wordFields";

const EMPTY_BLANK = "Type a word here, or press “Choose for me”.";
const CONFLICT = "This story was just changed somewhere else (another tab?). It now shows the latest words: make your change again.";

interface Props {
  story: Submission;
  template: Template;
  /** The blank to start at ("Change it" next to a word that doesn't fit); else the first. */
  startAt: number | null;
  onChanged: (story: Submission) => void;
  onCancel: () => void;
  /** The server says the minutes to change the story are over. */
  onWindowClosed: () => void;
}

/** The owner's words, to change in place: the same story, corrected again, at the same link. */
export function ChangeWords({ story, template, startAt, onChanged, onCancel, onWindowClosed }: Props) {
  const api = useApi();
  const queryClient = useQueryClient();
  const before = useMemo(() => typedWords(story.corrections), [story.corrections]);
  const [fills, setFills] = useState(before);
  const [fieldErrors, setFieldErrors] = useState<Record<number, string>>({});
  const [conflict, setConflict] = useState(false);
  const inputs = useElements<number, HTMLInputElement>();

  useEffect(() => {
    const first = template.blanks[0];
    inputs.focus(startAt ?? first?.id ?? 0);
  }, [inputs, startAt, template.blanks]);

  const change = useMutation({
    mutationFn: (words: Record<string, string>) => api.changeWords(story.slug, words),
    onSuccess: (changed) => {
      rememberChangedStory(queryClient, changed);
      onChanged(changed);
    },
    onError: (failure) => {
      if (!(failure instanceof ApiError)) return;
      if (failure.code === "edit_window_closed") {
        onWindowClosed();
      } else if (failure.code === "edit_conflict") {
        setConflict(true);
        void queryClient.invalidateQueries({ queryKey: queryKeys.story(story.slug) });
      } else if (failure.field?.startsWith("fills.")) {
        const blankId = Number(failure.field.slice("fills.".length));
        setFieldErrors({ [blankId]: failure.message });
        inputs.focus(blankId);
      }
    },
  });

  function setWord(blankId: number, word: string) {
    setFills((all) => ({ ...all, [String(blankId)]: word }));
    if (fieldErrors[blankId]) setFieldErrors(({ [blankId]: _, ...rest }) => rest);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const empty = template.blanks.filter((blank) => !fills[String(blank.id)]?.trim());
    if (empty.length > 0) {
      setFieldErrors(Object.fromEntries(empty.map((blank) => [blank.id, EMPTY_BLANK])));
      inputs.focus(empty[0]!.id);
      return;
    }
    const words = changedWords(before, fills);
    if (Object.keys(words).length === 0) onCancel();
    else {
      setConflict(false);
      change.mutate(words);
    }
  }

  const fieldError = change.error instanceof ApiError && change.error.field?.startsWith("fills.");
  const shownError = change.error !== null && !fieldError && !conflict ? change.error : null;

  const form = { story: { text: template.text, fills }, fieldErrors, refFor: inputs.refFor, setWord };
  return (
    <form className="change-words" onSubmit={onSubmit} noValidate aria-busy={change.isPending} aria-labelledby="change-words-title">
      <h2 id="change-words-title">Change your words</h2>
      <p className="lede">Same story, same link: your new words are tidied up again and the old recording and picture go.</p>
      <BlankKeysHint />
      <ol className="blanks">
        {template.blanks.map((blank, index) => (
          <BlankField key={blank.id} number={index + 1} keyboardShortcuts {...wordFieldProps(blank, form)} />
        ))}
      </ol>
      {conflict && (
        <p className="notice notice-error" role="alert">
          {CONFLICT}
        </p>
      )}
      {shownError !== null && <ErrorNotice error={shownError} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={change.isPending}>
          Save my new words
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={change.isPending}>
          Cancel
        </button>
      </div>
      {change.isPending && <Busy>Tidying up your new words…</Busy>}
    </form>
  );
}
