import { useState, type FormEvent, type Ref } from "react";
import type { PassAndPlay } from "../game/drafts";
import { playerName } from "../game/play";
import { ScreenTitle } from "./ScreenTitle";

/** Who's playing: up to `maxPlayers` names, each optional. */
export function GroupSetup({
  maxPlayers,
  onStart,
  onCancel,
}: {
  maxPlayers: number;
  onStart: (players: string[]) => void;
  onCancel: () => void;
}) {
  const [names, setNames] = useState<string[]>(["", ""]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onStart(names.map((name, index) => name.trim().slice(0, 20) || `Player ${index + 1}`));
  }

  return (
    <section className="panel">
      <ScreenTitle title="Pass and play" />
      <p className="lede">
        Everyone takes a turn on this device. Each player sees only their own words — nobody sees the story until the end.
      </p>
      <form onSubmit={onSubmit}>
        <fieldset>
          <legend>Who's playing?</legend>
          <ol className="players">
            {names.map((name, index) => (
              <li key={index}>
                <label htmlFor={`player-${index}`}>Player {index + 1}'s name (optional)</label>
                <input
                  id={`player-${index}`}
                  type="text"
                  value={name}
                  maxLength={20}
                  autoComplete="off"
                  placeholder={`Player ${index + 1}`}
                  onChange={(event) => setNames((all) => all.map((n, i) => (i === index ? event.target.value : n)))}
                />
              </li>
            ))}
          </ol>
          <div className="row">
            <button
              type="button"
              className="button small secondary"
              disabled={names.length >= maxPlayers}
              onClick={() => setNames((all) => [...all, ""])}
            >
              Add a player
            </button>
            <button
              type="button"
              className="button small secondary"
              disabled={names.length <= 2}
              onClick={() => setNames((all) => all.slice(0, -1))}
            >
              Remove a player
            </button>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button primary big">
            Start with {names[0]?.trim() || "Player 1"}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            Back
          </button>
        </div>
      </form>
    </section>
  );
}

/** Between turns: the device goes to the next player, and nobody else peeks. */
export function Handover({
  group,
  wordCount,
  headingRef,
  onReady,
}: {
  group: PassAndPlay;
  wordCount: number;
  headingRef: Ref<HTMLHeadingElement>;
  onReady: () => void;
}) {
  const name = playerName(group);
  return (
    <section className="panel handover">
      <h1 ref={headingRef} tabIndex={-1}>
        Pass the device to {name}
      </h1>
      <p className="lede">
        {name}, it's your turn: {wordCount} {wordCount === 1 ? "word" : "words"} to fill in. No peeking, everyone else!
      </p>
      <ol className="turns" aria-label="Turns">
        {group.players.map((player, index) => {
          const state = index < group.turn ? "done" : index === group.turn ? "current" : "";
          return (
            <li key={index} className={state}>
              {player}
              {state && <span className="visually-hidden">{state === "done" ? " (done)" : " (now)"}</span>}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button primary big" autoFocus onClick={onReady}>
        I'm {name} — show my words
      </button>
    </section>
  );
}
