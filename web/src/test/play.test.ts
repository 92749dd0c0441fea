// @vitest-environment node
import { describe, expect, it } from "vitest";
import { emptyDraft, type Draft } from "../game/drafts";
import { authorsOf, blanksForPlayer, isLastTurn, playerName, playReducer, type PlayAction } from "../game/play";

function play(...actions: PlayAction[]): Draft {
  return actions.reduce(playReducer, emptyDraft());
}

describe("a round on one device", () => {
  it("keeps the words typed and chosen", () => {
    const draft = play(
      { type: "type", blankId: 1, word: "gertrude" },
      { type: "choose", words: { "2": "wobbled", "3": "squishy" } },
      { type: "type", blankId: 1, word: "Gertrude" },
    );
    expect(draft.fills).toEqual({ "1": "Gertrude", "2": "wobbled", "3": "squishy" });
    expect(draft.group).toBeNull();
  });

  it("sets who can find the story", () => {
    expect(play({ type: "visibility", visibility: "unlisted" }).visibility).toBe("unlisted");
  });
});

describe("pass and play turns", () => {
  const start: PlayAction = { type: "startGroup", players: ["Ada", "Bo", "Cy"] };

  it("starts by handing the device to the first player", () => {
    const draft = play(start);
    expect(draft.group).toEqual({ players: ["Ada", "Bo", "Cy"], turn: 0, handingOver: true });
    expect(playerName(draft.group!)).toBe("Ada");
  });

  it("needs at least two players", () => {
    expect(play({ type: "startGroup", players: ["Ada"] }).group).toBeNull();
  });

  it("shows the words once the player is ready, then hands over to the next", () => {
    const ready = play(start, { type: "showWords" });
    expect(ready.group).toMatchObject({ turn: 0, handingOver: false });
    const next = playReducer(ready, { type: "passOn" });
    expect(next.group).toMatchObject({ turn: 1, handingOver: true });
    expect(playerName(next.group!)).toBe("Bo");
  });

  it("never passes on from the last turn: that one shows the story", () => {
    const last = play(start, { type: "showWords" }, { type: "passOn" }, { type: "showWords" }, { type: "passOn" }, { type: "showWords" });
    expect(last.group?.turn).toBe(2);
    expect(isLastTurn(last.group)).toBe(true);
    expect(playReducer(last, { type: "passOn" })).toBe(last);
  });

  it("keeps every player's words when stopped, for whoever holds the device", () => {
    const stopped = play(start, { type: "type", blankId: 1, word: "kazoo" }, { type: "stopGroup" });
    expect(stopped.group).toBeNull();
    expect(stopped.fills).toEqual({ "1": "kazoo" });
    expect(isLastTurn(stopped.group)).toBe(true);
  });

  it("ignores turn actions when nobody is passing the device", () => {
    const alone = play({ type: "type", blankId: 1, word: "kazoo" });
    for (const type of ["showWords", "passOn", "stopGroup"] as const) expect(playReducer(alone, { type })).toBe(alone);
  });

  it("deals blanks round-robin and credits each player with theirs", () => {
    expect(blanksForPlayer([1, 2, 3, 4, 5], 2, 0)).toEqual([1, 3, 5]);
    expect(blanksForPlayer([1, 2, 3, 4, 5], 2, 1)).toEqual([2, 4]);
    const group = play(start).group!;
    expect(authorsOf([10, 11, 12, 13], group)).toEqual({ "10": "Ada", "11": "Bo", "12": "Cy", "13": "Ada" });
  });
});
