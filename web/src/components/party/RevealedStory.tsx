import { useState } from "react";
import { creditsOf } from "../../game/play";
import { useStory } from "../../hooks/queries";
import { MediaPanel, type Narration } from "../MediaPanel";
import { Busy, ErrorNotice } from "../Notice";
import { ReadAlongStory } from "../ReadAlongStory";
import { SharePanel } from "../SharePanel";

/**
 * The story the room made, every player's words in their colour, read aloud with each word lit
 * as it is heard. `big`: the host's screen, read from across the room.
 */
export function RevealedStory({ slug, big = false }: { slug: string; big?: boolean }) {
  const { data: story, error, refetch } = useStory(slug);
  const [narration, setNarration] = useState<Narration | null>(null);
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!story) return <Busy>Putting everyone's words together…</Busy>;
  return (
    <article className={big ? "revealed big" : "revealed"} aria-labelledby="revealed-title">
      <h2 id="revealed-title" tabIndex={-1}>
        {story.title}
      </h2>
      <ReadAlongStory story={story} authors={creditsOf(story.corrections)} narration={narration} />
      <MediaPanel key={story.story} story={story} title={story.title} onNarration={setNarration} />
      <SharePanel permalink={story.permalink || `/p/${story.slug}`} title={story.title} />
    </article>
  );
}
