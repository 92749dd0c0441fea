import type { Segment } from "../types";

/** The story with the players' words highlighted. */
export function StoryText({ segments }: { segments: Segment[] }) {
  return (
    <p className="story-text">
      {segments.map((segment, index) =>
        segment.blank_id != null ? (
          <mark key={index} className="word" data-blank={segment.blank_id}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
