import type { ScenarioError } from '../../scenario';
import { uniqueErrors } from '../../view/unique-lines';
import { CrossIcon } from '../tools/icons';

/** Why a file was refused, each problem once, and that the scenario on screen stayed as it was. */
export function RefusedFile({
  name,
  verb,
  errors,
}: {
  readonly name: string;
  /** What did not happen to the file: "opened", "imported". */
  readonly verb: string;
  readonly errors: readonly ScenarioError[];
}) {
  return (
    <div className="share-file__errors">
      <p className="status status--bad">
        <CrossIcon size={18} /> {name} was not {verb}; the scenario on screen has not changed.
      </p>
      <ul>
        {uniqueErrors(errors).map((err, i) => (
          <li key={i}>
            {err.path !== '' && <code>{err.path}</code>} {err.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
