/**
 * explainMatch lists failures flat, one per failing operator, with $or branches in the path
 * ("detail.$or[1].count"). Learners read them better grouped: the fields that had to match, and
 * for each $or, its branches one by one (all of them failed, or there would be a match).
 */
import type { MatchFailure } from '../../../engine/eventbridge/pattern';

export interface FieldFailure {
  /** The full key path in the pattern. */
  path: string;
  /** Every alternative tried at that path; any one of them would have been enough. */
  checks: { operator: string; reason: string }[];
}

export interface OrBranch {
  /** 0-based, as in the path. */
  index: number;
  fields: FieldFailure[];
}

export type FailureGroup =
  | { kind: 'fields'; fields: FieldFailure[] }
  /** `at` is the path of the object holding the $or ("" at the top level). */
  | { kind: 'or'; at: string; branches: OrBranch[] };

const FIRST_OR = /(^|\.)\$or\[(\d+)\]/;

export function groupFailures(failures: readonly MatchFailure[]): FailureGroup[] {
  const groups: FailureGroup[] = [];
  const plain: FieldFailure[] = [];
  const ors = new Map<string, Extract<FailureGroup, { kind: 'or' }>>();

  for (const f of failures) {
    const m = FIRST_OR.exec(f.path);
    if (!m) {
      if (plain.length === 0) groups.push({ kind: 'fields', fields: plain });
      addCheck(plain, f);
      continue;
    }
    const at = f.path.slice(0, m.index);
    const index = Number(m[2]);
    let group = ors.get(at);
    if (!group) {
      group = { kind: 'or', at, branches: [] };
      ors.set(at, group);
      groups.push(group);
    }
    let branch = group.branches.find((b) => b.index === index);
    if (!branch) {
      branch = { index, fields: [] };
      group.branches.push(branch);
    }
    addCheck(branch.fields, f);
  }
  return groups;
}

/** Failures of one leaf arrive one after another; they become one field with several checks. */
function addCheck(fields: FieldFailure[], f: MatchFailure): void {
  const last = fields[fields.length - 1];
  const check = { operator: f.operator, reason: f.reason };
  if (last && last.path === f.path) last.checks.push(check);
  else fields.push({ path: f.path, checks: [check] });
}

/** How an operator is named next to a failing field. */
export function operatorLabel(operator: string): string {
  return operator === 'equals' ? 'exact value' : operator;
}
