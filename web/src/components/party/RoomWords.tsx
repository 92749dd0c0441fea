import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useApi } from "../../api/context";
import { ApiError } from "../../api/errors";
import type { Room } from "../../api/types";
import { chooseRest } from "../../game/chooseWords";
import { clearDraft, loadDraft, saveDraft } from "../../game/drafts";
import { doubtedWords, isDone, progressOf, sentFills, yourBlanks, namesList } from "../../game/room";
import { blankLabel } from "../../game/words";
import { useElements } from "../../hooks/useElements";
import { NARROW_SCREEN, useMediaQuery } from "../../hooks/useMediaQuery";
import { rememberRoom } from "../../hooks/useRoom";
import { BlankField, BlankKeysHint } from "../BlankField";
import { KeepItQuestion } from "../KeepIt";
import { Busy, ErrorNotice } from "../Notice";
import { wordFieldProps } from "../wordFields";

const EMPTY_BLANK = "Type a word here, or press “Choose for me”.";

/** Words typed but not sent yet survive a reload; keyed by room and round. */
function draftKey(room: Room): string {
  return `room.${room.code}.${room.template?.id ?? ""}.${room.yours.join("-")}`;
}

/**
 * This player's own blanks in the room: the same labels, help and "choose for me" as solo play;
 * sent together; then "keep it?" for any word the rules doubt, while the round is still open.
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
  const inputs = useElements<number, HTMLInputElement>();
  const focusWhenShown = useRef<number | null>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  const wide = !useMediaQuery(NARROW_SCREEN);
  const done = isDone(room);
  const editing = !done || changing;

  useEffect(() => {
    if (editing) saveDraft(key, { fills, group: null, visibility: "unlisted" });
  }, [editing, key, fills]);

  useEffect(() => {
    const blankId = focusWhenShown.current;
    if (blankId !== null && inputs.focus(blankId)) focusWhenShown.current = null;
  });

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

  function focusBlank(blankId: number) {
    focusWhenShown.current = inputs.focus(blankId) ? null : blankId;
  }

  function setWord(blankId: number, word: string) {
    setFills((all) => ({ ...all, [String(blankId)]: word }));
    if (fieldErrors[blankId]) setFieldErrors(({ [blankId]: _, ...rest }) => rest);
  }

  const story = { text: room.template?.text ?? "", fills };
  const empty = blanks.filter((blank) => !fills[String(blank.id)]?.trim());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
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
        {wide && <BlankKeysHint />}
        <p className="progress" aria-live="polite">
          {filled} of {blanks.length} words filled
        </p>
        <ol className="blanks">
          {blanks.map((blank, index) => (
            <BlankField
              key={blank.id}
              number={index + 1}
              keyboardShortcuts={wide}
              enterKeyHint={index === blanks.length - 1 ? "done" : "next"}
              {...wordFieldProps(blank, { story, fieldErrors, refFor: inputs.refFor, setWord })}
            />
          ))}
        </ol>
        {empty.length > 0 && (
          <p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setFills((all) => ({ ...all, ...chooseRest(blanks, { text: story.text, fills: all }) }));
                setFieldErrors({});
              }}
            >
              Choose the rest for me
            </button>
          </p>
        )}
        {sending.error !== null && <ErrorNotice error={sending.error} />}
        <div className="actions">
          <button type="submit" className="button primary big" disabled={sending.isPending}>
            {done ? "Send my new words" : "Send my words"}
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
