import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useApi } from "../../api/context";
import { ApiError } from "../../api/errors";
import type { Room } from "../../api/types";
import { chooseRest } from "../../game/chooseWords";
import { clearDraft, loadDraft, saveDraft } from "../../game/drafts";
import { doubtedWords, isDone, progressOf, sentFills, yourBlanks, namesList } from "../../game/room";
import { blankLabel } from "../../game/words";
import { useBlankSteps } from "../../hooks/useBlankSteps";
import { rememberRoom } from "../../hooks/useRoom";
import { BlankField, BlankKeysHint } from "../BlankField";
import { KeepItQuestion } from "../KeepIt";
import { Busy, ErrorNotice } from "../Notice";
import { StepProgress } from "../StepProgress";
import { wordFieldProps } from "../wordFields";

const EMPTY_BLANK = "Type a word here, or press “Choose for me”.";

/** Words typed but not sent yet survive a reload; keyed by room and round. */
function draftKey(room: Room): string {
  return `room.${room.code}.${room.template?.id ?? ""}.${room.yours.join("-")}`;
}

/**
 * This player's own blanks in the room: the same labels, help, "choose for me" and one blank a
 * screen on a phone as solo play; sent together; then "keep it?" for any word the rules doubt,
 * while the round is still open.
 */
export function RoomWords({ room }: { room: Room }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const blanks = yourBlanks(room);
  const key = draftKey(room);
  const [fills, setFills] = useState<Record<string, string>>(() => {
    const saved = loadDraft(key).fills;
    return Object.keys(saved).length ? saved : sentFills(room);
  });
  const [fieldErrors, setFieldErrors] = useState<Record<number, string>>({});
  const [changing, setChanging] = useState(false);
  const [kept, setKept] = useState<Set<number>>(new Set());
  const sentHeading = useRef<HTMLHeadingElement>(null);
  const { oneAtATime, step, lastStep, shownBlanks, refFor, focusBlank, goToStep, swipes } = useBlankSteps(blanks, fills);
  const done = isDone(room);
  const editing = !done || changing;

  useEffect(() => {
    if (editing) saveDraft(key, { fills, group: null, visibility: "unlisted" });
  }, [editing, key, fills]);

  const sending = useMutation({
    mutationFn: (words: Record<string, string>) => api.putWords(room.code, words),
    onSuccess: (answer) => {
      rememberRoom(queryClient, answer);
      clearDraft(key);
      setChanging(false);
      setKept(new Set());
      window.requestAnimationFrame(() => sentHeading.current?.focus());
    },
    onError: (failure) => {
      const field = failure instanceof ApiError ? failure.field : undefined;
      const blankId = field?.startsWith("fills.") ? Number(field.slice("fills.".length)) : NaN;
      if (Number.isInteger(blankId)) {
        setFieldErrors({ [blankId]: failure.message });
        focusBlank(blankId);
      }
    },
  });

  function setWord(blankId: number, word: string) {
    setFills((all) => ({ ...all, [String(blankId)]: word }));
    if (fieldErrors[blankId]) setFieldErrors(({ [blankId]: _, ...rest }) => rest);
  }

  const story = { text: room.template?.text ?? "", fills };
  const empty = blanks.filter((blank) => !fills[String(blank.id)]?.trim());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // On a phone, Enter (and "Next") moves on to the next blank; the last one sends.
    if (!lastStep) {
      goToStep(step + 1);
      return;
    }
    if (empty.length) {
      setFieldErrors(Object.fromEntries(empty.map((blank) => [blank.id, EMPTY_BLANK])));
      focusBlank(empty[0]!.id);
      return;
    }
    sending.mutate(Object.fromEntries(blanks.map((blank) => [String(blank.id), fills[String(blank.id)]!.trim()])));
  }

  function change(blankId: number | null) {
    setFills(sentFills(room));
    setChanging(true);
    focusBlank(blankId ?? blanks[0]?.id ?? 0);
  }

  if (!editing) {
    const { waitingOn } = progressOf(room);
    const doubted = doubtedWords(room, kept);
    const others = waitingOn.filter((player) => player.id !== room.you).map((player) => player.name);
    return (
      <section className="room-sent" aria-labelledby="sent-title">
        <h2 id="sent-title" ref={sentHeading} tabIndex={-1}>
          Your words are in!
        </h2>
        <p>{others.length ? `Waiting for ${namesList(others)}…` : "Waiting for the reveal…"}</p>
        <ul className="sent-words">
          {room.words.map((word) => (
            <li key={word.blank_id}>
              <span className="visually-hidden">{blankLabel(blanks.find((b) => b.id === word.blank_id) ?? { pos: "other", form: "none" })}: </span>
              {word.original}
            </li>
          ))}
        </ul>
        {doubted.length > 0 && (
          <ul className="misfits">
            {doubted.map((word) => {
              const blank = blanks.find((b) => b.id === word.blank_id);
              return (
                <KeepItQuestion
                  key={word.blank_id}
                  word={word.original}
                  label={blank ? blankLabel(blank) : "the word that blank wanted"}
                  onKeep={() => setKept((all) => new Set(all).add(word.blank_id))}
                  onChange={() => change(word.blank_id)}
                />
              );
            })}
          </ul>
        )}
        <p>
          <button type="button" className="button secondary" onClick={() => change(null)}>
            Change my words
          </button>
        </p>
      </section>
    );
  }

  const filled = blanks.length - empty.length;
  return (
    <section className="room-words" aria-labelledby="your-words-title">
      <h2 id="your-words-title">Your words</h2>
      <p className="lede">
        Fill in your {blanks.length === 1 ? "word" : `${blanks.length} words`}. Nobody sees the story until the reveal!
      </p>
      <form onSubmit={onSubmit} noValidate aria-busy={sending.isPending}>
        {oneAtATime ? <StepProgress blanks={blanks} step={step} fills={fills} /> : <BlankKeysHint />}
        <p className={oneAtATime ? "progress visually-hidden" : "progress"} aria-live="polite">
          {filled} of {blanks.length} words filled
        </p>
        <ol className={oneAtATime ? "blanks one-at-a-time" : "blanks"} {...swipes}>
          {shownBlanks.map((blank) => {
            const index = blanks.indexOf(blank);
            return (
              <BlankField
                key={blank.id}
                number={index + 1}
                keyboardShortcuts={!oneAtATime}
                enterKeyHint={index === blanks.length - 1 ? "done" : "next"}
                {...wordFieldProps(blank, { story, fieldErrors, refFor, setWord })}
              />
            );
          })}
        </ol>
        {empty.length > 0 && (
          <p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setFills((all) => ({ ...all, ...chooseRest(blanks, { text: story.text, fills: all }) }));
                setFieldErrors({});
                if (oneAtATime) goToStep(blanks.length - 1);
              }}
            >
              Choose the rest for me
            </button>
          </p>
        )}
        {sending.error !== null && <ErrorNotice error={sending.error} />}
        <div className={oneAtATime ? "actions step-actions" : "actions"}>
          {oneAtATime && (
            <button type="button" className="button secondary big" disabled={step === 0} onClick={() => goToStep(step - 1)}>
              Back
            </button>
          )}
          <button type="submit" className="button primary big" disabled={sending.isPending}>
            {!lastStep ? "Next" : done ? "Send my new words" : "Send my words"}
          </button>
          {changing && (
            <button type="button" className="button secondary" onClick={() => setChanging(false)}>
              Keep my words
            </button>
          )}
        </div>
        {sending.isPending && <Busy>Sending your words…</Busy>}
      </form>
    </section>
  );
}
