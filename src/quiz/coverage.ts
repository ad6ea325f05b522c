import type { FactGroup } from './facts';
import type { Fact, Question } from './schema';

/**
 * Which questions test which facts. A fact no question cites is a gap in what the quiz can
 * teach; a question citing a fact that does not exist is a typo. Both are reported by name.
 */
export interface FactCoverage {
  readonly fact: Fact;
  readonly group: FactGroup['id'];
  readonly questions: readonly string[];
}

export interface Coverage {
  readonly facts: readonly FactCoverage[];
  readonly uncovered: readonly FactCoverage[];
  /** Cited fact ids that are not in any fact list, with the questions that cite them. */
  readonly unknown: ReadonlyMap<string, readonly string[]>;
}

export function coverageOf(groups: readonly FactGroup[], questions: readonly Question[]): Coverage {
  const citing = new Map<string, string[]>();
  for (const q of questions) {
    for (const id of new Set(q.facts)) {
      const list = citing.get(id);
      if (list) list.push(q.id);
      else citing.set(id, [q.id]);
    }
  }
  const facts: FactCoverage[] = groups.flatMap((g) =>
    g.facts.map((fact) => ({ fact, group: g.id, questions: citing.get(fact.id) ?? [] })),
  );
  const known = new Set(facts.map((f) => f.fact.id));
  const unknown = new Map([...citing].filter(([id]) => !known.has(id)));
  return { facts, uncovered: facts.filter((f) => f.questions.length === 0), unknown };
}
