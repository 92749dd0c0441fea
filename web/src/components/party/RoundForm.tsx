import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useApi } from "../../api/context";
import type { Room, RoundStart } from "../../api/types";
import { SUGGESTED_THEMES } from "../../game/words";
import { rememberRoom } from "../../hooks/useRoom";
import { Busy, ErrorNotice } from "../Notice";

const MAX_THEME = 80;

/** The host starts a round: a theme for a new story, or a story already written. */
export function RoundForm({ room }: { room: Room }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [theme, setTheme] = useState("");
  const [templateId, setTemplateId] = useState("");
  const [hostPlays, setHostPlays] = useState(false);
  const [isPublic, setIsPublic] = useState(false);
  const [asked, setAsked] = useState<RoundStart | null>(null);
  const recent = useQuery({ queryKey: ["templates", "recent"], queryFn: () => api.listTemplates("recent"), staleTime: 60_000 });
  const starting = useMutation({
    mutationFn: (round: RoundStart) =>
      api.startRound(room.code, { ...round, host_plays: hostPlays, visibility: isPublic ? "public" : "unlisted" }),
    onSuccess: (answer) => rememberRoom(queryClient, answer),
  });
  const others = room.players.length - 1;
  const nobodyToPlay = !hostPlays && others === 0;
  const busy = starting.isPending;

  function start(round: RoundStart) {
    setAsked(round);
    starting.mutate(round);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const cleaned = theme.trim().slice(0, MAX_THEME);
    if (cleaned) start({ theme: cleaned });
    else if (templateId) start({ template_id: templateId });
  }

  const previous = room.template;
  return (
    <section className="round-form" aria-labelledby="round-title">
      <h2 id="round-title">{room.state === "revealed" ? "Another round?" : "Start the round"}</h2>
      <form onSubmit={onSubmit} aria-busy={busy}>
        <label htmlFor="round-theme">What should the story be about?</label>
        <div className="row">
          <input
            id="round-theme"
            type="text"
            value={theme}
            maxLength={MAX_THEME}
            placeholder="pirates at a bake sale"
            autoComplete="off"
            disabled={busy}
            onChange={(event) => setTheme(event.target.value)}
          />
          <button type="submit" className="button primary" disabled={busy || nobodyToPlay || (!theme.trim() && !templateId)}>
            Start the round
          </button>
        </div>
        <ul className="chips" aria-label="Theme ideas">
          {SUGGESTED_THEMES.slice(0, 4).map((idea) => (
            <li key={idea}>
              <button type="button" className="chip" disabled={busy} onClick={() => setTheme(idea)}>
                {idea}
              </button>
            </li>
          ))}
        </ul>
        {(recent.data?.items.length ?? 0) > 0 && (
          <p className="template-pick">
            <label htmlFor="round-template">Or play a story someone already wrote</label>
            <select
              id="round-template"
              value={templateId}
              disabled={busy}
              onChange={(event) => {
                setTemplateId(event.target.value);
                if (event.target.value) setTheme("");
              }}
            >
              <option value="">Choose a story…</option>
              {recent.data!.items.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.title} ({template.blanks.length} words)
                </option>
              ))}
            </select>
          </p>
        )}
        <p className="checkbox">
          <input id="host-plays" type="checkbox" checked={hostPlays} disabled={busy} onChange={(event) => setHostPlays(event.target.checked)} />
          <label htmlFor="host-plays">I'll fill in words on this screen too</label>
        </p>
        <p className="checkbox">
          <input id="round-public" type="checkbox" checked={isPublic} disabled={busy} onChange={(event) => setIsPublic(event.target.checked)} />
          <label htmlFor="round-public">Show the story in the public gallery</label>
        </p>
        {nobodyToPlay && <p className="hint">Waiting for someone to join — or tick “I'll fill in words” to play on this screen.</p>}
        {previous && room.state === "revealed" && (
          <p>
            <button type="button" className="button secondary" disabled={busy || nobodyToPlay} onClick={() => start({ template_id: previous.id })}>
              Same story, new words
            </button>
          </p>
        )}
      </form>
      {busy && asked && <Busy>{"theme" in asked ? `Writing a story about “${asked.theme}”…` : "Dealing out the blanks…"}</Busy>}
      {starting.error !== null && !busy && (
        <ErrorNotice error={starting.error} onRetry={asked ? () => start(asked) : undefined} />
      )}
    </section>
  );
}
