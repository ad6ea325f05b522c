import { OPERATOR_NOTES } from './operators';

/** A collapsible reference, closed at first so the editors stay near the top. */
export function OperatorCheatSheet() {
  return (
    <details className="card cheats">
      <summary className="cheats__summary">
        <span className="section-title">Operators cheat sheet</span>
        <span className="cheats__hint">
          Fields in a pattern must all match; the values in one list are alternatives.
        </span>
      </summary>
      <dl className="cheats__list">
        {OPERATOR_NOTES.map((op) => (
          <div key={op.name} className="cheat">
            <dt className="cheat__name">{op.name}</dt>
            <dd className="cheat__example">
              <code>{op.example}</code>
            </dd>
            <dd className="cheat__meaning">{op.meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
