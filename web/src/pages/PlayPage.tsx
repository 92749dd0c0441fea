import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useReducer, useState, type FormEvent } from "react";
import { useApi } from "../api/context";
import { ApiError } from "../api/errors";
import type { Blank, Template } from "../api/types";
import { BlankField, BlankKeysHint } from "../components/BlankField";
import { Busy, ErrorNotice, StoryLoading } from "../components/Notice";
import { StepProgress } from "../components/StepProgress";
import { wordFieldProps } from "../components/wordFields";
import { GroupSetup, Handover } from "../components/PassAndPlay";
import { chooseRest } from "../game/chooseWords";
import { clearDraft, loadDraft, saveAuthors, saveDraft } from "../game/drafts";
import { authorsOf, blanksForPlayer, isLastTurn, playerName, playReducer } from "../game/play";
import { rememberNewStory, useTemplate } from "../hooks/queries";
import { useBlankSteps } from "../hooks/useBlankSteps";
import { useScreenHeading } from "../hooks/useScreenHeading";
import { useNavigation } from "../router";

const MAX_PLAYERS = 6;
const EMPTY_BLANK = "Type a word here, or press “Choose for me”.";

export function PlayPage({ templateId }: { templateId: string }) {
  const { data: template, error, refetch } = useTemplate(templateId);
  if (template) return <FillIn template={template} />;
  return <StoryLoading error={error} onRetry={() => void refetch()} waiting="Fetching your story's blanks…" />;
}

function FillIn({ template }: { template: Template }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const [draft, dispatch] = useReducer(playReducer, template.id, (id) => loadDraft(id));
  const [fieldErrors, setFieldErrors] = useState<Record<number, string>>({});
  const [settingUpGroup, setSettingUpGroup] = useState(false);
  const heading = useScreenHeading<HTMLHeadingElement>(template.title);
  const group = draft.group;
  const visibleBlanks: Blank[] = group ? blanksForPlayer(template.blanks, group.players.length, group.turn) : template.blanks;
  const { oneAtATime, step, lastStep, shownBlanks, refFor, focusBlank, goToStep, swipes } = useBlankSteps(
    visibleBlanks,
    draft.fills,
  );

  useEffect(() => saveDraft(template.id, draft), [template.id, draft]);

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

  const story = { text: template.text, fills: draft.fills };

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
    // On a phone, Enter (and "Next") moves on to the next blank; the last one hands over or submits.
    if (!lastStep) {
      goToStep(step + 1);
      return;
    }
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
  const finish = isLastTurn(group) ? (group ? "Show our story!" : "Show my story!") : "Done — pass it on";

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
        {oneAtATime ? <StepProgress blanks={visibleBlanks} step={step} fills={draft.fills} /> : <BlankKeysHint />}
        <p className={oneAtATime ? "progress visually-hidden" : "progress"} aria-live="polite">
          {filled} of {visibleBlanks.length} words filled
        </p>
        <ol className={oneAtATime ? "blanks one-at-a-time" : "blanks"} {...swipes}>
          {shownBlanks.map((blank) => (
            <BlankField
              key={blank.id}
              number={template.blanks.indexOf(blank) + 1}
              keyboardShortcuts={!oneAtATime}
              enterKeyHint={oneAtATime ? (lastStep ? "done" : "next") : undefined}
              {...wordFieldProps(blank, { story, fieldErrors, refFor, setWord })}
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
                if (oneAtATime) goToStep(visibleBlanks.length - 1);
              }}
            >
              Choose the rest for me
            </button>
          </p>
        )}

        {isLastTurn(group) && lastStep && (
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

        <div className={oneAtATime ? "actions step-actions" : "actions"}>
          {oneAtATime && (
            <button type="button" className="button secondary big" disabled={step === 0} onClick={() => goToStep(step - 1)}>
              Back
            </button>
          )}
          <button type="submit" className="button primary big" disabled={submitting}>
            {lastStep ? finish : "Next"}
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
