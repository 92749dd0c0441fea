import { useEffect, useRef, useState } from "react";
import { useApi } from "../context";
import type { MediaLink, Submission } from "../types";
import { Icon } from "./Icon";
import { Busy, ErrorNotice } from "./Notice";

type Load = { state: "idle" } | { state: "loading" } | { state: "ready"; link: MediaLink } | { state: "failed"; error: unknown };

/** "Read it aloud" and "Draw it": each fetched on demand, since speech and pictures take a while. */
export function MediaPanel({ story, title }: { story: Submission; title: string }) {
  const api = useApi();
  const [audio, setAudio] = useState<Load>({ state: "idle" });
  const [image, setImage] = useState<Load>({ state: "idle" });
  const [playRequested, setPlayRequested] = useState(false);
  const player = useRef<HTMLAudioElement>(null);

  useEffect(() => {
    // Already made once: fetching a fresh link is cheap, so show them straight away (no autoplay).
    let live = true;
    if (story.media?.audio) {
      api.readAloud(story.slug).then((link) => live && setAudio((s) => (s.state === "idle" ? { state: "ready", link } : s)), () => undefined);
    }
    if (story.media?.image) {
      api.draw(story.slug).then((link) => live && setImage((s) => (s.state === "idle" ? { state: "ready", link } : s)), () => undefined);
    }
    return () => {
      live = false;
    };
  }, [api, story.slug, story.media?.audio, story.media?.image]);

  useEffect(() => {
    if (playRequested && audio.state === "ready" && player.current) {
      // A browser may refuse to autoplay; the visible controls still work.
      player.current.play().catch(() => undefined);
      setPlayRequested(false);
    }
  }, [playRequested, audio]);

  async function readAloud() {
    setPlayRequested(true);
    if (audio.state === "ready") return;
    setAudio({ state: "loading" });
    try {
      setAudio({ state: "ready", link: await api.readAloud(story.slug) });
    } catch (error) {
      setAudio({ state: "failed", error });
    }
  }

  async function draw() {
    setImage({ state: "loading" });
    try {
      setImage({ state: "ready", link: await api.draw(story.slug) });
    } catch (error) {
      setImage({ state: "failed", error });
    }
  }

  return (
    <section className="media" aria-label="Hear it and see it">
      <div className="media-item">
        <button type="button" className="button primary" onClick={() => void readAloud()} disabled={audio.state === "loading"}>
          <Icon name="speaker" />
          Read it aloud
        </button>
        {audio.state === "loading" && <Busy>Warming up the narrator's voice…</Busy>}
        {audio.state === "failed" && (
          <ErrorNotice error={audio.error} onRetry={() => void readAloud()} />
        )}
        {audio.state === "ready" && (
          <audio ref={player} className="audio" controls src={audio.link.url} aria-label={`${title}, read aloud`}>
            <a href={audio.link.url}>Download the recording</a>
          </audio>
        )}
      </div>
      <div className="media-item">
        {image.state !== "ready" && (
          <button type="button" className="button primary" onClick={() => void draw()} disabled={image.state === "loading"}>
            <Icon name="crayon" />
            Draw it
          </button>
        )}
        {image.state === "loading" && <Busy>Sharpening the crayons… pictures can take a little while.</Busy>}
        {image.state === "failed" && <ErrorNotice error={image.error} onRetry={() => void draw()} />}
        {image.state === "ready" && (
          <figure className="picture">
            <img src={image.link.url} alt={`A picture of the story “${title}”`} />
          </figure>
        )}
      </div>
    </section>
  );
}
