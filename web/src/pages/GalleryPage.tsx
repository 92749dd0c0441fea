import { useEffect, useRef } from "react";
import type { SubmissionView } from "../api/types";
import { Busy, ErrorNotice } from "../components/Notice";
import { clearDraft } from "../game/drafts";
import { useStoryPages, useTemplate } from "../hooks/queries";
import { useElements } from "../hooks/useElements";
import { useScreenHeading } from "../hooks/useScreenHeading";
import { Link, useNavigation } from "../router";

const TITLES: Record<SubmissionView, string> = {
  recent: "Fresh stories",
  mine: "My stories",
  template: "Stories from the same blanks",
};

/** The size of a story's `thumbnail` (its share card, halved): the box is kept before it loads. */
const THUMBNAIL = { width: 600, height: 315 };

function excerpt(story: string, length = 160): string {
  return story.length <= length ? story : `${story.slice(0, length).replace(/\s+\S*$/, "")}…`;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}

export function GalleryPage({ view, templateId }: { view: SubmissionView; templateId?: string }) {
  const { navigate } = useNavigation();
  const heading = useScreenHeading<HTMLHeadingElement>(TITLES[view]);
  const pages = useStoryPages(view, templateId);
  const { data: template } = useTemplate(templateId);
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const links = useElements<number, HTMLAnchorElement>();
  // After "show more", keyboard users land on the first story that arrived.
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const index = focusFrom.current;
    if (index !== null && index < items.length) {
      links.focus(index);
      focusFrom.current = null;
    }
  }, [items.length, links]);

  function showMore() {
    focusFrom.current = items.length;
    void pages.fetchNextPage();
  }

  function retry() {
    if (pages.isFetchNextPageError) void pages.fetchNextPage();
    else void pages.refetch();
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

      {pages.isSuccess && items.length === 0 && (
        <p className="empty">
          No stories here yet. <Link href="/">Make the first one!</Link>
        </p>
      )}

      <ul className="cards">
        {items.map((story, index) => (
          <li key={story.slug} className="card" data-index={index}>
            <h2>
              <Link
                href={`/p/${encodeURIComponent(story.slug)}`}
                ref={links.refFor(index)}
              >
                {story.title}
              </Link>
            </h2>
            <img
              className="thumb"
              src={story.thumbnail}
              alt={`Share card of “${story.title}”`}
              width={THUMBNAIL.width}
              height={THUMBNAIL.height}
              loading="lazy"
              decoding="async"
            />
            <p>{excerpt(story.story)}</p>
            <p className="meta">
              <time dateTime={story.created_at}>{when(story.created_at)}</time>
              {view === "mine" && story.visibility === "unlisted" && <span className="badge">only with the link</span>}
            </p>
          </li>
        ))}
      </ul>

      {pages.isFetching && <Busy>Fetching stories…</Busy>}
      {pages.isError && !pages.isFetching && <ErrorNotice error={pages.error} onRetry={retry} />}
      {!pages.isFetching && pages.hasNextPage && !pages.isError && (
        <p className="more">
          <button type="button" className="button secondary" onClick={showMore}>
            Show more stories
          </button>
        </p>
      )}
    </section>
  );
}
