import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useReducer, useRef, useState, type FormEvent } from "react";
import { useApi } from "../api/context";
import { ApiError } from "../api/errors";
import type { Blank, Template } from "../api/types";
import { BlankField } from "../components/BlankField";
import { Busy, ErrorNotice } from "../components/Notice";
import { GroupSetup, Handover } from "../components/PassAndPlay";
import { chooseRest, chooseWord } from "../game/chooseWords";
import { clearDraft, loadDraft, saveAuthors, saveDraft } from "../game/drafts";
import { authorsOf, blanksForPlayer, isLastTurn, playerName, playReducer } from "../game/play";
import { rememberNewStory, useTemplate } from "../hooks/queries";
import { useElements } from "../hooks/useElements";
import { useScreenHeading } from "../hooks/useScreenHeading";
import { useNavigation } from "../router";

const MAX_PLAYERS = 6;
const EMPTY_BLANK = "Type a word here, or press “Choose for me”.";

export function PlayPage({ templateId }: { templateId: string }) {
  const { data: template, error, refetch } = useTemplate(templateId);
  if (template) return <FillIn template={template} />;
  if (error) {
    return (
      <section className="panel">
        <h1>We couldn't open that story</h1>
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </section>
    );
  }
  return (
    <section className="panel">
      <Busy>Fetching your story's blanks…</Busy>
    </section>
  );
}

/** The id of the blank named in the address ("Change it" on a story links to `#blank-3`). */
function blankInAddress(): number | null {
  const match = /^#blank-(\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

function FillIn({ template }: { template: Template }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const [draft, dispatch] = useReducer(playReducer, template.id, (id) => loadDraft(id));
  const [fieldErrors, setFieldErrors] = useState<Record<number, string>>({});
  const [settingUpGroup, setSettingUpGroup] = useState(false);
  const inputs = useElements<number, HTMLInputElement>();
  // A blank to focus once it is on screen (it may belong to a turn not shown yet).
  const focusWhenShown = useRef<number | null>(blankInAddress());
  const heading = useScreenHeading<HTMLHeadingElement>(template.title);
  const group = draft.group;

  useEffect(() => saveDraft(template.id, draft), [template.id, draft]);

  useEffect(() => {
    const blankId = focusWhenShown.current;
    if (blankId !== null && inputs.focus(blankId)) focusWhenShown.current = null;
  });

  const submission = useMutation({
    mutationFn: (fills: Record<string, string>) => api.submit(template.id, fills, draft.visibility),
    onSuccess: (story) => {
      rememberNewStory(queryClient, story);
      if (group) saveAuthors(story.slug, authorsOf(template.blanks.map((b) => b.id), group));
      clearDraft(template.id);
      navigate(`/p/${encodeURIComponent(story.slug)}`);
    },
    onError: (failure) => {
      const field = failure instanceof ApiError ? failure.field : undefined;
      const blankId = field?.startsWith("fills.") ? Number(field.slice("fills.".length)) : NaN;
      if (!Number.isInteger(blankId)) return;
      // Show the blank to whoever is holding the device: the group can fix it together.
      dispatch({ type: "stopGroup" });
      setFieldErrors({ [blankId]: failure.message });
      focusBlank(blankId);
    },
  });

  const visibleBlanks: Blank[] = group ? blanksForPlayer(template.blanks, group.players.length, group.turn) : template.blanks;
  const story = { text: template.text, fills: draft.fills };

  function focusBlank(blankId: number) {
    focusWhenShown.current = inputs.focus(blankId) ? null : blankId;
  }

  function setWord(blankId: number, word: string) {
    dispatch({ type: "type", blankId, word });
    if (fieldErrors[blankId]) setFieldErrors(({ [blankId]: _, ...rest }) => rest);
  }

  function missing(blanks: Blank[]): Blank[] {
    return blanks.filter((blank) => !draft.fills[String(blank.id)]?.trim());
  }

  function flagMissing(blanks: Blank[]): boolean {
    const empty = missing(blanks);
    if (empty.length === 0) return false;
    setFieldErrors(Object.fromEntries(empty.map((b) => [b.id, EMPTY_BLANK])));
    focusBlank(empty[0]!.id);
    return true;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!isLastTurn(group)) {
      if (!flagMissing(visibleBlanks)) dispatch({ type: "passOn" });
      return;
    }
    if (flagMissing(template.blanks)) return;
    submission.mutate(Object.fromEntries(template.blanks.map((b) => [String(b.id), draft.fills[String(b.id)]!.trim()])));
  }

  if (settingUpGroup) {
    return (
      <GroupSetup
        maxPlayers={Math.min(MAX_PLAYERS, template.blanks.length)}
        onCancel={() => setSettingUpGroup(false)}
        onStart={(players) => {
          setSettingUpGroup(false);
          dispatch({ type: "startGroup", players });
        }}
      />
    );
  }

  if (group?.handingOver) {
    return (
      <Handover group={group} wordCount={visibleBlanks.length} headingRef={heading} onReady={() => dispatch({ type: "showWords" })} />
    );
  }

  const name = group ? playerName(group) : null;
  const filled = visibleBlanks.length - missing(visibleBlanks).length;
  const submitting = submission.isPending;

  return (
    <section className="panel play">
      <p className="eyebrow">Theme: {template.theme}</p>
      <h1 ref={heading} tabIndex={-1}>
        {name ? `${name}'s words` : template.title}
      </h1>
      <p className="lede">
        {name ? "Fill in your words. The others will fill theirs on their turn." : "Fill in every word. The story stays secret until the end!"}
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
              inputRef={inputs.refFor(blank.id)}
              onChange={(word) => setWord(blank.id, word)}
              onChoose={() => setWord(blank.id, chooseWord(blank, story))}
            />
          ))}
        </ol>

        {filled < visibleBlanks.length && (
          <p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                dispatch({ type: "choose", words: chooseRest(visibleBlanks, story) });
                setFieldErrors({});
              }}
            >
              Choose the rest for me
            </button>
          </p>
        )}

        {isLastTurn(group) && (
          <p className="checkbox">
            <input
              id="public"
              type="checkbox"
              checked={draft.visibility === "public"}
              onChange={(event) => dispatch({ type: "visibility", visibility: event.target.checked ? "public" : "unlisted" })}
            />
            <label htmlFor="public">Show {group ? "our" : "my"} story in the public gallery</label>
          </p>
        )}

        {submission.error !== null && <ErrorNotice error={submission.error} />}

        <div className="actions">
          <button type="submit" className="button primary big" disabled={submitting}>
            {isLastTurn(group) ? (group ? "Show our story!" : "Show my story!") : "Done — pass it on"}
          </button>
          {group && (
            <button type="button" className="button secondary" onClick={() => dispatch({ type: "stopGroup" })}>
              Stop pass and play
            </button>
          )}
        </div>
        {submitting && <Busy>Tidying up your words and putting the story together…</Busy>}
      </form>
    </section>
  );
}
