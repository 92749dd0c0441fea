import { useEffect, useState } from "react";
import { Corrections } from "../components/Corrections";
import { MediaPanel } from "../components/MediaPanel";
import { Busy, ErrorNotice } from "../components/Notice";
import { SharePanel } from "../components/SharePanel";
import { StoryText } from "../components/StoryText";
import { storyCache, templateCache, useApi, useScreenHeading } from "../context";
import { clearDraft, loadAuthors, loadDraft, saveDraft } from "../drafts";
import { Link, useNavigation } from "../router";
import type { Submission, Template } from "../types";

export function StoryPage({ slug }: { slug: string }) {
  const api = useApi();
  const [story, setStory] = useState<Submission | null>(() => storyCache.get(slug) ?? null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (story) return;
    let live = true;
    setError(null);
    api.getStory(slug).then(
      (loaded) => {
        storyCache.set(loaded.slug, loaded);
        if (live) setStory(loaded);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, slug, story, attempt]);

  if (error) {
    return (
      <section className="panel">
        <h1>We couldn't open that story</h1>
        <ErrorNotice error={error} onRetry={() => setAttempt((n) => n + 1)} />
        <p>
          <Link href="/">Make a new story</Link> or <Link href="/stories">browse the gallery</Link>.
        </p>
      </section>
    );
  }
  if (!story) {
    return (
      <section className="panel">
        <Busy>Opening the story…</Busy>
      </section>
    );
  }
  return <StoryView story={story} />;
}

function StoryView({ story }: { story: Submission }) {
  const api = useApi();
  const { navigate } = useNavigation();
  const heading = useScreenHeading<HTMLHeadingElement>(story.title);
  const [template, setTemplate] = useState<Template | null>(() => templateCache.get(story.template_id) ?? null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [authors] = useState(() => loadAuthors(story.slug));
  const needsTemplate = story.owned === true && story.corrections.some((c) => !c.fits);

  useEffect(() => {
    if (!needsTemplate || template) return;
    api.getTemplate(story.template_id).then(
      (loaded) => {
        templateCache.set(loaded.id, loaded);
        setTemplate(loaded);
      },
      () => undefined, // The hint still works without the blank's name.
    );
  }, [api, needsTemplate, template, story.template_id]);

  function changeWord(blankId: number) {
    // Back to the blanks with the player's own words filled in, so only one needs retyping.
    const draft = loadDraft(story.template_id);
    const fills = Object.fromEntries(story.corrections.map((c) => [String(c.blank_id), c.original]));
    saveDraft(story.template_id, { ...draft, fills, group: null, visibility: story.visibility });
    navigate(`/play/${encodeURIComponent(story.template_id)}#blank-${blankId}`);
  }

  function playAgain() {
    clearDraft(story.template_id);
    navigate(`/play/${encodeURIComponent(story.template_id)}`);
  }

  async function remove() {
    if (!window.confirm("Delete this story for everyone? This can't be undone.")) return;
    try {
      await api.deleteStory(story.slug);
      storyCache.delete(story.slug);
      navigate("/stories/mine", { replace: true });
    } catch (failure) {
      setDeleteError(failure);
    }
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
            <button type="button" className="linklike" onClick={() => void remove()}>
              Delete this story
            </button>
          </p>
        )}
        {deleteError !== null && <ErrorNotice error={deleteError} />}
      </section>
    </article>
  );
}
