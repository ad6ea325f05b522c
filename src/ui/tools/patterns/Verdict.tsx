import { useId } from 'react';
import { AlertIcon, CheckIcon, CrossIcon } from '../icons';
import type { MatchFailure } from '../../../engine/eventbridge/pattern';
import { sentence, type Verdict as VerdictData } from './analyse';
import { groupFailures, operatorLabel, type FieldFailure } from './failure-groups';

/**
 * The answer, big: Match or No match, told by icon, colour and words together. On a miss, every
 * field that failed, the operator it used and why.
 */
export function Verdict({ verdict }: { verdict: VerdictData }) {
  const titleId = useId();
  const { tone, icon, title, lede } = headline(verdict);
  return (
    <section className={`card verdict verdict--${tone}`} aria-labelledby={titleId}>
      <h3 className="visually-hidden" id={titleId}>
        Verdict
      </h3>
      <div className="verdict__head">
        {icon}
        {/* A live region that always exists, so screen readers hear each new verdict. */}
        <p className="verdict__title" role="status">
          {title}
        </p>
      </div>
      <p className="verdict__lede">{lede}</p>
      {verdict.kind === 'no-match' && <FailureList failures={verdict.failures} />}
    </section>
  );
}

function headline(verdict: VerdictData) {
  if (verdict.kind === 'match') {
    return {
      tone: 'match',
      icon: <CheckIcon size={40} />,
      title: 'Match',
      lede: 'Every field in the pattern matches, so the rule sends this event to its targets.',
    };
  }
  if (verdict.kind === 'no-match') {
    const n = verdict.failures.length;
    return {
      tone: 'miss',
      icon: <CrossIcon size={40} />,
      title: 'No match',
      lede: `The rule ignores this event. ${n === 1 ? 'This check failed' : 'These checks failed'}:`,
    };
  }
  const which =
    verdict.pattern && verdict.event
      ? 'the pattern and the event'
      : verdict.pattern
        ? 'the pattern'
        : 'the event';
  return {
    tone: 'blocked',
    icon: <AlertIcon size={40} />,
    title: 'No verdict yet',
    lede: `Fix ${which} first: see the message under ${verdict.pattern && verdict.event ? 'each editor' : 'its editor'}.`,
  };
}

function FailureList({ failures }: { failures: readonly MatchFailure[] }) {
  const groups = groupFailures(failures);
  return (
    <div className="failures">
      {groups.map((g, i) =>
        g.kind === 'fields' ? (
          <FieldList key={i} fields={g.fields} />
        ) : (
          <div key={i} className="failures__or">
            <p className="failures__or-title">
              <code>$or</code>
              {g.at !== '' && (
                <>
                  {' '}
                  in <code>{g.at}</code>
                </>
              )}
              : at least one branch must match, and none did.
            </p>
            <ol className="failures__branches">
              {g.branches.map((b) => (
                <li key={b.index} className="failures__branch">
                  <p className="failures__branch-title">Branch {b.index + 1}</p>
                  <FieldList fields={b.fields} />
                </li>
              ))}
            </ol>
          </div>
        ),
      )}
    </div>
  );
}

function FieldList({ fields }: { fields: FieldFailure[] }) {
  return (
    <ul className="failures__fields">
      {fields.map((f, i) => (
        <li key={`${i}:${f.path}`} className="failure">
          <code className="failure__path">{f.path || '(whole event)'}</code>
          {f.checks.length > 1 && (
            <p className="failure__any">Any one of these would have matched; none did:</p>
          )}
          <ul className="failure__checks">
            {f.checks.map((c, j) => (
              <li key={j} className="failure__check">
                <span className="operator-tag">{operatorLabel(c.operator)}</span>
                <span className="failure__reason">{sentence(c.reason)}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
