import type { Ref } from "react";
import type { Blank } from "../api/types";
import { blankLabel, formHelp, HELP } from "../game/words";

interface Props {
  blank: Blank;
  number: number;
  value: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
  onChoose: () => void;
}

/** One blank: what it wants in plain words, an example, a little help and "choose for me". */
export function BlankField({ blank, number, value, error, inputRef, onChange, onChoose }: Props) {
  const inputId = `blank-${blank.id}`;
  const label = blankLabel(blank);
  const help = HELP[blank.pos] ?? HELP.other;
  const formLine = formHelp(blank);
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
          aria-describedby={`${inputId}-example${error ? ` ${inputId}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <button
          type="button"
          className="button small secondary"
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
      <details className="help">
        <summary>{help.question}</summary>
        <p>
          {help.answer}
          {formLine && ` ${formLine}`}
        </p>
      </details>
    </li>
  );
}
