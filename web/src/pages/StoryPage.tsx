import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useApi } from "../api/context";
import type { Submission } from "../api/types";
import { ChangeWords } from "../components/ChangeWords";
import { Corrections } from "../components/Corrections";
import { MediaPanel, type Narration } from "../components/MediaPanel";
import { ErrorNotice, StoryLoading } from "../components/Notice";
import { SharePanel } from "../components/SharePanel";
import { ReadAlongStory } from "../components/ReadAlongStory";
import { clearDraft, loadAuthors } from "../game/drafts";
import { storyAccess, timeLeftText } from "../game/editing";
import { creditsOf } from "../game/play";
import { forgetStory, queryKeys, useOwnership, useStory, useTemplate } from "../hooks/queries";
import { useScreenHeading } from "../hooks/useScreenHeading";
import { useTimeLeft } from "../hooks/useTimeLeft";
import { Link, useNavigation } from "../router";

export function StoryPage({ slug }: { slug: string }) {
  const { data: story, error, refetch } = useStory(slug);
  if (story) return <StoryView story={story} />;
  return (
    <StoryLoading error={error} onRetry={() => void refetch()} waiting="Opening the story…">
      <p>
        <Link href="/">Make a new story</Link> or <Link href="/stories">browse the gallery</Link>.
      </p>
    </StoryLoading>
  );
}

function StoryView({ story }: { story: Submission }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const heading = useScreenHeading<HTMLHeadingElement>(story.title);
  // Friends credited on this device (pass and play), or by the story itself (a party room).
  const [savedAuthors] = useState(() => loadAuthors(story.slug));
  const authors = savedAuthors ?? creditsOf(story.corrections);
  const [narration, setNarration] = useState<Narration | null>(null);
  const ownership = useOwnership(story.slug);
  const [windowClosed, setWindowClosed] = useState(false);
  const timeLeft = useTimeLeft(windowClosed ? null : Date.parse(story.editable_until));
  const access = storyAccess(story, ownership.data, timeLeft);
  // Only the owner changes words, and is asked about a word that doesn't fit: both name the blanks.
  const { data: template } = useTemplate(access.owned ? story.template_id : undefined);
  // The blank to start changing at (null: the first), while the owner is changing the words.
  const [editing, setEditing] = useState<{ startAt: number | null } | null>(null);
  const [changedNote, setChangedNote] = useState("");
  const changeButton = useRef<HTMLButtonElement>(null);
  const removal = useMutation({
    mutationFn: () => api.deleteStory(story.slug),
    onSuccess: () => {
      forgetStory(queryClient, story.slug);
      navigate("/stories/mine", { replace: true });
    },
  });

  function startEditing(blankId: number | null) {
    setChangedNote("");
    setEditing({ startAt: blankId });
  }

  function stopEditing() {
    setEditing(null);
    // Back to the button that opened the form; it is gone if the time ran out meanwhile.
    window.requestAnimationFrame(() => changeButton.current?.focus());
  }

  function changed() {
    setEditing(null);
    setChangedNote("Your new words are in: same story, same link.");
    heading.current?.focus();
  }

  function windowHasClosed() {
    setWindowClosed(true);
    void queryClient.invalidateQueries({ queryKey: queryKeys.ownership(story.slug) });
  }

  function playAgain() {
    clearDraft(story.template_id);
    navigate(`/play/${encodeURIComponent(story.template_id)}`);
  }

  function remove() {
    if (window.confirm("Delete this story for everyone? This can't be undone.")) removal.mutate();
  }

  const changing = editing !== null && access.canEdit && template !== undefined;

  return (
    <article className="panel story">
      <h1 ref={heading} tabIndex={-1}>
        {story.title}
      </h1>
      {changing ? (
        <ChangeWords
          story={story}
          template={template}
          startAt={editing.startAt}
          onChanged={changed}
          onCancel={stopEditing}
          onWindowClosed={windowHasClosed}
        />
      ) : (
        <ReadAlongStory story={story} authors={authors} narration={narration} />
      )}

      {access.canEdit && !changing && (
        <p className="edit-offer">
          <button ref={changeButton} type="button" className="button secondary small" onClick={() => startEditing(null)}>
            Change the words
          </button>
          <span className="time-left">{timeLeftText(timeLeft)} left to change them</span>
        </p>
      )}
      {editing !== null && !access.canEdit && access.owned && (
        <p className="notice">Time's up: a story's words can be changed only in the first 15 minutes.</p>
      )}
      <p className="changed-note" role="status">
        {changedNote}
      </p>

      <Corrections
        corrections={story.corrections}
        blanks={template?.blanks ?? null}
        canChange={access.canEdit && !changing}
        onChangeWord={startEditing}
      />

      <MediaPanel key={story.story} story={story} title={story.title} onNarration={setNarration} />

      <SharePanel permalink={story.permalink || `/p/${story.slug}`} title={story.title} />

      <section className="next" aria-label="What next">
        <div className="actions">
          <button type="button" className="button primary big" onClick={playAgain}>
            Play this one again
          </button>
          <Link href="/" className="button secondary">
            New story
          </Link>
          <Link href={`/t/${encodeURIComponent(story.template_id)}/stories`} className="button secondary">
            Other stories from these blanks
          </Link>
        </div>
        {access.owned && (
          <p className="danger-zone">
            <button type="button" className="linklike" onClick={remove} disabled={removal.isPending}>
              Delete this story
            </button>
          </p>
        )}
        {removal.error !== null && <ErrorNotice error={removal.error} />}
      </section>
    </article>
  );
}
