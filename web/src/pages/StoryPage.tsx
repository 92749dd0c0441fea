import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useApi } from "../api/context";
import type { Submission } from "../api/types";
import { Corrections } from "../components/Corrections";
import { MediaPanel } from "../components/MediaPanel";
import { Busy, ErrorNotice } from "../components/Notice";
import { SharePanel } from "../components/SharePanel";
import { StoryText } from "../components/StoryText";
import { clearDraft, loadAuthors, loadDraft, saveDraft } from "../game/drafts";
import { forgetStory, useStory, useTemplate } from "../hooks/queries";
import { useScreenHeading } from "../hooks/useScreenHeading";
import { Link, useNavigation } from "../router";

export function StoryPage({ slug }: { slug: string }) {
  const { data: story, error, refetch } = useStory(slug);
  if (story) return <StoryView story={story} />;
  if (error) {
    return (
      <section className="panel">
        <h1>We couldn't open that story</h1>
        <ErrorNotice error={error} onRetry={() => void refetch()} />
        <p>
          <Link href="/">Make a new story</Link> or <Link href="/stories">browse the gallery</Link>.
        </p>
      </section>
    );
  }
  return (
    <section className="panel">
      <Busy>Opening the story…</Busy>
    </section>
  );
}

function StoryView({ story }: { story: Submission }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const heading = useScreenHeading<HTMLHeadingElement>(story.title);
  const [authors] = useState(() => loadAuthors(story.slug));
  // Only the owner is asked about a word that doesn't fit, and the question names the blank.
  const needsTemplate = story.owned && story.corrections.some((c) => !c.fits);
  const { data: template } = useTemplate(needsTemplate ? story.template_id : undefined);
  const removal = useMutation({
    mutationFn: () => api.deleteStory(story.slug),
    onSuccess: () => {
      forgetStory(queryClient, story.slug);
      navigate("/stories/mine", { replace: true });
    },
  });

  function changeWord(blankId: number) {
    // Back to the blanks with the player's own words filled in, so only one needs retyping.
    const draft = loadDraft(story.template_id);
    const fills = Object.fromEntries(story.corrections.map((c) => [String(c.blank_id), c.original]));
    const visibility = story.visibility === "public" ? "public" : "unlisted";
    saveDraft(story.template_id, { ...draft, fills, group: null, visibility });
    navigate(`/play/${encodeURIComponent(story.template_id)}#blank-${blankId}`);
  }

  function playAgain() {
    clearDraft(story.template_id);
    navigate(`/play/${encodeURIComponent(story.template_id)}`);
  }

  function remove() {
    if (window.confirm("Delete this story for everyone? This can't be undone.")) removal.mutate();
  }

  return (
    <article className="panel story">
      <h1 ref={heading} tabIndex={-1}>
        {story.title}
      </h1>
      <StoryText segments={story.segments} authors={authors} />

      <Corrections
        corrections={story.corrections}
        blanks={template?.blanks ?? null}
        canChange={story.owned === true}
        onChangeWord={changeWord}
      />

      <MediaPanel story={story} title={story.title} />

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
        {story.owned && (
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
