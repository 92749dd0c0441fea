import { useCallback, useEffect, useState } from "react";
import { Busy, ErrorNotice } from "../components/Notice";
import { storyCache, templateCache, useApi, useScreenHeading } from "../context";
import { clearDraft } from "../drafts";
import { Link, useNavigation } from "../router";
import type { Submission, SubmissionView, Template } from "../types";

export const GALLERY_PAGE_SIZE = 9;

const TITLES: Record<SubmissionView, string> = {
  recent: "Fresh stories",
  mine: "My stories",
  template: "Stories from the same blanks",
};

function excerpt(story: string, length = 160): string {
  return story.length <= length ? story : `${story.slice(0, length).replace(/\s+\S*$/, "")}…`;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}

export function GalleryPage({ view, templateId }: { view: SubmissionView; templateId?: string }) {
  const api = useApi();
  const { navigate } = useNavigation();
  const heading = useScreenHeading<HTMLHeadingElement>(TITLES[view]);
  const [items, setItems] = useState<Submission[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadedOnce, setLoadedOnce] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [template, setTemplate] = useState<Template | null>(() => (templateId ? (templateCache.get(templateId) ?? null) : null));

  const load = useCallback(
    async (from: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const page = await api.listStories(view, { templateId, cursor: from, limit: GALLERY_PAGE_SIZE });
        page.items.forEach((story) => storyCache.set(story.slug, story));
        setItems((current) => (from ? [...current, ...page.items] : page.items));
        setCursor(page.next_cursor);
        setLoadedOnce(true);
      } catch (failure) {
        setError(failure);
      } finally {
        setLoading(false);
      }
    },
    [api, view, templateId],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  useEffect(() => {
    if (!templateId || template) return;
    api.getTemplate(templateId).then(setTemplate, () => undefined);
  }, [api, templateId, template]);

  function showMore() {
    const firstNew = items.length;
    void load(cursor).then(() => {
      // Keyboard users land on the first story that just arrived.
      document.querySelector<HTMLElement>(`[data-index="${firstNew}"] a`)?.focus();
    });
  }

  function playThisOne() {
    if (!templateId) return;
    clearDraft(templateId);
    navigate(`/play/${encodeURIComponent(templateId)}`);
  }

  return (
    <section className="panel gallery">
      <h1 ref={heading} tabIndex={-1}>
        {TITLES[view]}
      </h1>
      {view === "template" && (
        <div className="template-intro">
          {template && (
            <p className="lede">
              Everyone here filled in the blanks of <strong>{template.title}</strong> ({template.theme}).
            </p>
          )}
          <button type="button" className="button primary" onClick={playThisOne}>
            Play this one too
          </button>
        </div>
      )}
      {view === "mine" && <p className="lede">Stories made on this device.</p>}

      {loadedOnce && items.length === 0 && !error && (
        <p className="empty">
          No stories here yet. <Link href="/">Make the first one!</Link>
        </p>
      )}

      <ul className="cards">
        {items.map((story, index) => (
          <li key={story.slug} className="card" data-index={index}>
            <h2>
              <Link href={`/p/${encodeURIComponent(story.slug)}`}>{story.title}</Link>
            </h2>
            <p>{excerpt(story.story)}</p>
            <p className="meta">
              <time dateTime={story.created_at}>{when(story.created_at)}</time>
              {view === "mine" && story.visibility === "unlisted" && <span className="badge">only with the link</span>}
            </p>
          </li>
        ))}
      </ul>

      {loading && <Busy>Fetching stories…</Busy>}
      {error !== null && <ErrorNotice error={error} onRetry={() => void load(items.length ? cursor : null)} />}
      {!loading && cursor && !error && (
        <p className="more">
          <button type="button" className="button secondary" onClick={showMore}>
            Show more stories
          </button>
        </p>
      )}
    </section>
  );
}
