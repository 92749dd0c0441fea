import { useRef, useState } from "react";

/** Copy the permalink, or hand it to the phone's share sheet where there is one. */
export function SharePanel({ permalink, title }: { permalink: string; title: string }) {
  const url = new URL(permalink, window.location.origin).toString();
  const [message, setMessage] = useState("");
  const field = useRef<HTMLInputElement>(null);
  const canShare = typeof navigator.share === "function";

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied — paste it anywhere!");
    } catch {
      // No clipboard permission (an insecure origin, say): select it so Ctrl+C works.
      field.current?.select();
      setMessage("Press Ctrl+C (or ⌘C) to copy the selected link.");
    }
  }

  async function share() {
    try {
      await navigator.share({ title, text: `Read our silly story: ${title}`, url });
    } catch {
      // Closing the share sheet is not an error worth showing.
    }
  }

  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title">Share it</h2>
      <label htmlFor="permalink">Link to this story</label>
      <div className="row">
        <input id="permalink" ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button secondary" onClick={() => void copy()}>
          Copy link
        </button>
        {canShare && (
          <button type="button" className="button secondary" onClick={() => void share()}>
            Share…
          </button>
        )}
      </div>
      <p className="copy-status" role="status">
        {message}
      </p>
    </section>
  );
}
