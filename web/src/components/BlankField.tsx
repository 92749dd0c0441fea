import { useState, type KeyboardEvent, type Ref } from "react";
import type { Blank } from "../api/types";
import { blankLabel, formHelp, HELP } from "../game/words";

interface Props {
  blank: Blank;
  number: number;
  value: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /**
   * One Tab stop for the blank (a list of many): "Choose for me" and the help stay clickable but
   * out of the Tab order, and the word box answers Alt+↓ and Alt+H instead (see `BlankKeysHint`).
   */
  keyboardShortcuts?: boolean;
  /** What the phone keyboard's Enter key says: "next" while more blanks follow. */
  enterKeyHint?: "next" | "done";
  onChange: (value: string) => void;
  onChoose: () => void;
}

export const CHOOSE_KEYS = "Alt+ArrowDown";
export const HELP_KEYS = "Alt+H";

/** One blank: what it wants in plain words, an example, a little help and "choose for me". */
export function BlankField({ blank, number, value, error, inputRef, keyboardShortcuts = false, enterKeyHint, onChange, onChoose }: Props) {
  const [helpOpen, setHelpOpen] = useState(false);
  const inputId = `blank-${blank.id}`;
  const label = blankLabel(blank);
  const help = HELP[blank.pos] ?? HELP.other;
  const formLine = formHelp(blank);
  const outOfTabOrder = keyboardShortcuts ? -1 : undefined;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!keyboardShortcuts || !event.altKey || event.ctrlKey || event.metaKey) return;
    // By key position: Alt+H types a letter on some keyboards (⌥H is "˙" on a Mac).
    if (event.key === "ArrowDown") {
      event.preventDefault();
      onChoose();
    } else if (event.code === "KeyH") {
      event.preventDefault();
      setHelpOpen((open) => !open);
    }
  }

  return (
    <li className={`blank${error ? " has-error" : ""}`}>
      <label htmlFor={inputId}>
        <span className="blank-number" aria-hidden="true">{number}</span>
        <span className="blank-type">{label}</span>
        {blank.category && (
          <span className="blank-category">
            <span className="visually-hidden">, </span>
            {blank.category}
          </span>
        )}
        <span className="visually-hidden">{`, word ${number}`}</span>
      </label>
      <div className="row">
        <input
          ref={inputRef}
          id={inputId}
          name={inputId}
          type="text"
          value={value}
          maxLength={40}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint={enterKeyHint}
          aria-keyshortcuts={keyboardShortcuts ? `${CHOOSE_KEYS} ${HELP_KEYS}` : undefined}
          aria-describedby={`${inputId}-example${error ? ` ${inputId}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="button small secondary"
          tabIndex={outOfTabOrder}
          aria-label={`Choose for me: ${label}${blank.category ? `, ${blank.category}` : ""}`}
          onClick={onChoose}
        >
          Choose for me
        </button>
      </div>
      <p id={`${inputId}-example`} className="example">
        e.g. <em>{blank.example}</em>
      </p>
      {error && (
        <p id={`${inputId}-error`} className="field-error">
          {error}
        </p>
      )}
      <details className="help" open={helpOpen} onToggle={(event) => setHelpOpen(event.currentTarget.open)}>
        <summary tabIndex={outOfTabOrder}>{help.question}</summary>
        <p>
          {help.answer}
          {formLine && ` ${formLine}`}
        </p>
      </details>
    </li>
  );
}

/** Says once, above a list of blanks, which keys do what the buttons out of the Tab order do. */
export function BlankKeysHint() {
  return (
    <p className="keys-hint">
      Keyboard: in a word box, <kbd>Alt</kbd>+<kbd>↓</kbd> chooses a word for you and <kbd>Alt</kbd>+<kbd>H</kbd> explains
      what the blank wants. (<kbd>Alt</kbd> is <kbd>⌥</kbd> on a Mac.)
    </p>
  );
}
