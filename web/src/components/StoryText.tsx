import { Fragment, useMemo } from "react";
import type { Segment, WordTiming } from "../api/types";
import type { Authors } from "../game/drafts";
import { readingSegments, type Piece } from "../game/readAlong";

const PLAYER_COLOURS = 6;
const NO_WORDS: readonly WordTiming[] = [];

interface Props {
  segments: Segment[];
  /** Who typed which word (by blank id): each player's words in their own colour. */
  authors?: Authors | null;
  /** When each word is heard in the recording, to light up `readingWord` (see `useReadAlong`). */
  words?: readonly WordTiming[];
  /** The index in `words` of the word being read now; -1 for none. */
  readingWord?: number;
}

function Pieces({ pieces, readingWord }: { pieces: Piece[]; readingWord: number }) {
  return pieces.map((piece, index) =>
    piece.word === null ? (
      <Fragment key={index}>{piece.text}</Fragment>
    ) : (
      <span key={index} className={piece.word === readingWord ? "spoken now-reading" : "spoken"} data-word={piece.word}>
        {piece.text}
      </span>
    ),
  );
}

/**
 * The story with the players' words marked (each friend in their colour when `authors` says who)
 * and, while it is read aloud, the word being read lit up. The light is visual only: the text is
 * not a live region, so screen readers are not told about every word.
 */
export function StoryText({ segments, authors, words = NO_WORDS, readingWord = -1 }: Props) {
  const reading = useMemo(() => readingSegments(segments, words), [segments, words]);
  const players = authors ? [...new Set(Object.values(authors))] : [];
  const colourOf = (name: string | undefined) =>
    name === undefined ? "" : ` player-${(players.indexOf(name) % PLAYER_COLOURS) + 1}`;
  return (
    <>
      <p className="story-text" aria-live="off">
        {reading.map((segment, index) => {
          const content = <Pieces pieces={segment.pieces} readingWord={readingWord} />;
          if (segment.blankId === null) return <Fragment key={index}>{content}</Fragment>;
          const author = authors?.[String(segment.blankId)];
          return (
            <mark key={index} className={`word${colourOf(author)}`} data-blank={segment.blankId} title={author ? `${author}'s word` : undefined}>
              {content}
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
