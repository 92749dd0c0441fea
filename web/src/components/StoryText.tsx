import type { Segment } from "../api/types";
import type { Authors } from "../game/drafts";

const PLAYER_COLOURS = 6;

/** The story with the players' words highlighted; in a group round, each friend in their colour. */
export function StoryText({ segments, authors }: { segments: Segment[]; authors?: Authors | null }) {
  const players = authors ? [...new Set(Object.values(authors))] : [];
  const colourOf = (name: string | undefined) =>
    name === undefined ? "" : ` player-${(players.indexOf(name) % PLAYER_COLOURS) + 1}`;
  return (
    <>
      <p className="story-text">
        {segments.map((segment, index) => {
          if (segment.blank_id == null) return <span key={index}>{segment.text}</span>;
          const author = authors?.[String(segment.blank_id)];
          return (
            <mark key={index} className={`word${colourOf(author)}`} data-blank={segment.blank_id} title={author ? `${author}'s word` : undefined}>
              {segment.text}
              {author && <span className="visually-hidden"> ({author})</span>}
            </mark>
          );
        })}
      </p>
      {players.length > 0 ? (
        <p className="legend">
          Words by{" "}
          {players.map((name, index) => (
            <span key={name}>
              <mark className={`word${colourOf(name)}`}>{name}</mark>
              {index < players.length - 2 ? ", " : index === players.length - 2 ? " and " : ""}
            </span>
          ))}
          .
        </p>
      ) : (
        <p className="legend">
          <mark className="word">Highlighted</mark> words were filled in by the players.
        </p>
      )}
    </>
  );
}
