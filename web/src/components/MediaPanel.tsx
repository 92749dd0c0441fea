import { useCallback, useEffect, useRef, useState } from "react";
import type { Submission, WordTiming } from "../api/types";
import { useMediaLink } from "../hooks/queries";
import { Icon } from "./Icon";
import { Busy, ErrorNotice } from "./Notice";

/** The recording on screen and when each word of the story is heard in it. */
export interface Narration {
  audio: HTMLAudioElement;
  words: WordTiming[];
}

function play(element: HTMLAudioElement) {
  // A browser may refuse to autoplay; the visible controls still work.
  element.play().catch(() => undefined);
}

/**
 * "Read it aloud" and "Draw it". Making either is slow and costs the server, so nothing is asked
 * for until the player presses a button — except a picture the story already has, which only
 * needs its link. `onNarration` hears of the recording once it is on screen, to light up the words.
 */
export function MediaPanel({
  story,
  title,
  onNarration,
}: {
  story: Submission;
  title: string;
  onNarration?: (narration: Narration | null) => void;
}) {
  const [listen, setListen] = useState(false);
  const [look, setLook] = useState(false);
  const audio = useMediaLink(story, "audio", listen);
  const image = useMediaLink(story, "image", look || Boolean(story.media.image));
  const [player, setPlayer] = useState<HTMLAudioElement | null>(null);
  // Set when the player pressed "Read it aloud": the recording starts as soon as it arrives.
  const playOnArrival = useRef(false);

  const showPlayer = useCallback((element: HTMLAudioElement | null) => {
    setPlayer(element);
    if (element && playOnArrival.current) {
      playOnArrival.current = false;
      play(element);
    }
  }, []);

  const words = audio.data?.words;
  useEffect(() => {
    if (!onNarration || !player || !words) return;
    onNarration({ audio: player, words });
    return () => onNarration(null);
  }, [onNarration, player, words]);

  function readAloud() {
    if (player) {
      play(player);
      return;
    }
    playOnArrival.current = true;
    if (listen) void audio.refetch();
    else setListen(true);
  }

  function draw() {
    if (look) void image.refetch();
    else setLook(true);
  }

  const alreadyRecorded = Boolean(story.media.audio);
  const alreadyDrawn = Boolean(story.media.image);

  return (
    <section className="media" aria-label="Hear it and see it">
      <div className="media-item">
        <button type="button" className="button primary" onClick={readAloud} disabled={audio.isFetching}>
          <Icon name="speaker" />
          Read it aloud
        </button>
        {audio.isFetching && <Busy>{alreadyRecorded ? "Fetching the recording…" : "Warming up the narrator's voice…"}</Busy>}
        {audio.isError && !audio.isFetching && <ErrorNotice error={audio.error} onRetry={readAloud} />}
        {audio.data && (
          <audio
            ref={showPlayer}
            className="audio"
            controls
            src={audio.data.url}
            aria-label={`${title}, read aloud`}
          >
            <a href={audio.data.url}>Download the recording</a>
          </audio>
        )}
      </div>
      <div className="media-item">
        {!image.data && !(alreadyDrawn && image.isFetching) && (
          <button type="button" className="button primary" onClick={draw} disabled={image.isFetching}>
            <Icon name="crayon" />
            Draw it
          </button>
        )}
        {image.isFetching && !image.data && (
          <Busy>{alreadyDrawn ? "Fetching the picture…" : "Sharpening the crayons… pictures can take a little while."}</Busy>
        )}
        {image.isError && !image.isFetching && <ErrorNotice error={image.error} onRetry={draw} />}
        {image.data && (
          <figure className="picture">
            <img src={image.data.url} alt={`A picture of the story “${title}”`} />
          </figure>
        )}
      </div>
    </section>
  );
}
