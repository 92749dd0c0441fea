import type { Submission, WordTiming } from "../api/types";
import type { Authors } from "../game/drafts";
import { useReadAlong } from "../hooks/useReadAlong";
import type { Narration } from "./MediaPanel";
import { StoryText } from "./StoryText";

const NO_WORDS: readonly WordTiming[] = [];

/** The story, its words lit up one by one while the recording plays. */
export function ReadAlongStory({ story, authors, narration }: { story: Submission; authors: Authors | null; narration: Narration | null }) {
  const words = narration?.words ?? NO_WORDS;
  const readingWord = useReadAlong(narration?.audio ?? null, words);
  return <StoryText segments={story.segments} authors={authors} words={words} readingWord={readingWord} />;
}
