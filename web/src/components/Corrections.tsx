import { useState } from "react";
import type { Blank, Correction } from "../api/types";
import { blankLabel } from "../game/words";
import { KeepItQuestion } from "./KeepIt";

const CHANGE_NAMES: Record<string, string> = {
  spelling: "spelling",
  form: "word form",
  article: "a / an",
  capitalization: "capital letter",
};

interface Props {
  corrections: Correction[];
  blanks: Blank[] | null;
  /** Only the story's owner is asked whether to keep a word that doesn't fit. */
  canChange: boolean;
  onChangeWord: (blankId: number) => void;
}

/** What the word-fixer changed, plainly: original → corrected. */
export function Corrections({ corrections, blanks, canChange, onChangeWord }: Props) {
  const [kept, setKept] = useState<Set<number>>(new Set());
  const changed = corrections.filter((c) => c.changes.length > 0 && c.original !== c.corrected);
  const misfits = corrections.filter((c) => !c.fits && !kept.has(c.blank_id));
  if (changed.length === 0 && (misfits.length === 0 || !canChange)) return null;

  const labelOf = (blankId: number) => {
    const blank = blanks?.find((b) => b.id === blankId);
    return blank ? blankLabel(blank) : "the word that blank wanted";
  };

  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">We tidied up a few words</h2>
      {changed.length > 0 && (
        <ul className="changes">
          {changed.map((c) => (
            <li key={c.blank_id}>
              <del>{c.original}</del>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> became </span>
              <ins>{c.corrected}</ins>
              <span className="change-kinds"> ({c.changes.map((k) => CHANGE_NAMES[k] ?? k).join(", ")})</span>
            </li>
          ))}
        </ul>
      )}
      {canChange && misfits.length > 0 && (
        <ul className="misfits">
          {misfits.map((c) => (
            <KeepItQuestion
              key={c.blank_id}
              word={c.original}
              label={labelOf(c.blank_id)}
              onKeep={() => setKept((all) => new Set(all).add(c.blank_id))}
              onChange={() => onChangeWord(c.blank_id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
