import type { Rule } from '../../catalog/rules';

/** Why something happened: the rule's statement and the AWS page it comes from. */
export function RuleReceipt({ id, rule }: { id: string; rule: Rule }) {
  return (
    <div id={id} className="receipt">
      <p className="receipt__title">{rule.title}</p>
      <p className="receipt__statement">{rule.statement}</p>
      {rule.simDefault && (
        <p className="receipt__note">
          <span className="receipt__tag">Simulator default</span> {rule.simDefault}
        </p>
      )}
      {rule.old && (
        <p className="receipt__note">
          <span className="receipt__tag">Earlier behaviour</span> {rule.old}
        </p>
      )}
      <a className="receipt__link" href={rule.docUrl} target="_blank" rel="noreferrer">
        AWS documentation<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </div>
  );
}
