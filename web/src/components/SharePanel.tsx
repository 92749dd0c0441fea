import { useRef, useState } from "react";
import { canShareLink, copyLink, shareLink, type ShareOutcome } from "../game/share";
import { Icon } from "./Icon";

const SAID: Record<ShareOutcome, string> = {
  shared: "",
  cancelled: "",
  copied: "Copied! Paste the link anywhere.",
  unavailable: "Press Ctrl+C (or ⌘C) to copy the selected link.",
};

/** Hand the permalink to the phone's share sheet where there is one; copy it otherwise. */
export function SharePanel({ permalink, title }: { permalink: string; title: string }) {
  const url = new URL(permalink, window.location.origin).toString();
  const target = { title, text: `Read our silly story: “${title}”`, url };
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const hasShareSheet = canShareLink(target);

  function show(result: ShareOutcome) {
    // Nothing could take the link: select it so the usual keys copy it.
    if (result === "unavailable") field.current?.select();
    setOutcome(result);
  }

  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title">Share it</h2>
      <label htmlFor="permalink">Link to this story</label>
      <div className="row">
        <input id="permalink" ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        {hasShareSheet && (
          <button type="button" className="button primary" onClick={() => void shareLink(target).then(show)}>
            <Icon name="share" />
            Share…
          </button>
        )}
        <button type="button" className="button secondary" onClick={() => void copyLink(url).then(show)}>
          <Icon name="link" />
          Copy link
        </button>
      </div>
      <p className={`copy-status${outcome === "copied" ? " done" : ""}`} role="status">
        {outcome === "copied" && <Icon name="check" />}
        {outcome && SAID[outcome]}
      </p>
    </section>
  );
}
