/** "“grumpy” doesn't look like an adverb — keep it?" with the two answers. */
export function KeepItQuestion({ word, label, onKeep, onChange }: { word: string; label: string; onKeep: () => void; onChange: () => void }) {
  const article = /^[aeiou]/i.test(label) ? "an" : "a";
  return (
    <li className="misfit">
      <p>
        “{word}” doesn't look like {article} {label} — keep it?
      </p>
      <div className="row">
        <button type="button" className="button small secondary" onClick={onKeep}>
          Keep “{word}”
        </button>
        <button type="button" className="button small secondary" onClick={onChange}>
          Change it
        </button>
      </div>
    </li>
  );
}
