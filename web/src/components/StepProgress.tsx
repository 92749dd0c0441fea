import type { Blank } from "../api/types";

/** Which word of how many is shown, and a bar of the blanks, the filled ones marked. */
export function StepProgress({ blanks, step, fills }: { blanks: Blank[]; step: number; fills: Record<string, string> }) {
  const filled = blanks.filter((blank) => fills[String(blank.id)]?.trim()).length;
  return (
    <div className="steps">
      <p className="step-count">
        Word {step + 1} of {blanks.length}
      </p>
      <div
        className="step-bar"
        role="progressbar"
        aria-label="Words filled"
        aria-valuemin={0}
        aria-valuemax={blanks.length}
        aria-valuenow={filled}
        aria-valuetext={`${filled} of ${blanks.length} words filled`}
      >
        {blanks.map((blank, index) => (
          <span key={blank.id} className={`${fills[String(blank.id)]?.trim() ? "filled" : ""}${index === step ? " current" : ""}`} />
        ))}
      </div>
    </div>
  );
}
