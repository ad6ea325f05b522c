import { DOMAINS, type Domain, type Question } from './schema';
import { hashSeed, shuffled } from './seeded';

/**
 * Mock exams. The long mock has the real exam's shape (65 questions, 130 minutes, drawn by the
 * SAA domain weights) but only this quiz's subject: Lambda, its event sources and the services
 * around them. It is not a full SAA-C03 exam, and its title says so. The Lambda-only variant is a
 * shorter drill without the EventBridge topics.
 * Pure and seeded: the attempt stores only its seed and question ids.
 */

export type ExamVariant = 'full' | 'lambda';

export interface ExamVariantInfo {
  readonly id: ExamVariant;
  readonly title: string;
  readonly summary: string;
  readonly count: number;
  readonly minutes: number;
  readonly includes: (q: Question) => boolean;
}

export const EXAM_VARIANTS: Readonly<Record<ExamVariant, ExamVariantInfo>> = {
  full: {
    id: 'full',
    title: 'Lambda and event sources mock',
    summary:
      'In the exam’s shape (65 questions in 130 minutes, drawn by the weights of the four domains), but only on what this quiz teaches: Lambda, its event sources and the services around them. It is not a full SAA-C03 exam, which covers many more services.',
    count: 65,
    minutes: 130,
    includes: () => true,
  },
  lambda: {
    id: 'lambda',
    title: 'Lambda-only drill',
    summary: '20 questions in 40 minutes on invocation, retries, event sources and concurrency.',
    count: 20,
    minutes: 40,
    includes: (q) => !q.topic.startsWith('eventbridge-'),
  },
};

/**
 * Questions from one template (all "how does X invoke Lambda?" questions, say) at most this many
 * times per exam, so a mock reads like an exam and not like a table drill.
 */
export const MAX_PER_FAMILY = 3;

/** Generated questions share a family ("gen-invocation"); any other question is its own. */
export function familyOf(id: string): string {
  const m = /^(gen-[a-z]+)-/.exec(id);
  return m ? m[1]! : id;
}

/**
 * How many questions each domain gets: each domain's ideal share is its weight times the seats;
 * everyone gets the whole part of it (as far as its questions go), then the seats left go one at
 * a time to the domain furthest below its ideal that still has questions.
 */
export function domainQuotas(
  count: number,
  available: Readonly<Record<Domain, number>>,
): Record<Domain, number> {
  const domains = Object.keys(DOMAINS) as Domain[];
  const seats = Math.min(
    count,
    domains.reduce((n, d) => n + available[d], 0),
  );
  const ideal = (d: Domain) => DOMAINS[d].weight * seats;
  const quota = Object.fromEntries(
    domains.map((d) => [d, Math.min(Math.floor(ideal(d)), available[d])]),
  ) as Record<Domain, number>;
  let left = seats - domains.reduce((n, d) => n + quota[d], 0);
  while (left > 0) {
    let best: Domain | undefined;
    for (const d of domains) {
      if (quota[d] >= available[d]) continue;
      const gap = ideal(d) - quota[d];
      if (best === undefined || gap > ideal(best) - quota[best]) best = d;
    }
    quota[best!]++;
    left--;
  }
  return quota;
}

export interface ExamDraw {
  readonly variant: ExamVariant;
  readonly seed: number;
  readonly questionIds: readonly string[];
  readonly durationMs: number;
}

export function drawExam(bank: readonly Question[], variant: ExamVariant, seed: number): ExamDraw {
  const info = EXAM_VARIANTS[variant];
  const pool = bank.filter(info.includes);
  const domains = Object.keys(DOMAINS) as Domain[];
  // Each domain's questions in a seeded order, thinned so no family passes its cap.
  const perDomain = Object.fromEntries(
    domains.map((d) => [
      d,
      shuffled(
        pool.filter((q) => q.domain === d),
        hashSeed(`${seed}:${d}`),
      ),
    ]),
  ) as Record<Domain, Question[]>;
  const families = new Map<string, number>();
  for (const d of domains) {
    perDomain[d] = perDomain[d].filter((q) => {
      const f = familyOf(q.id);
      const n = families.get(f) ?? 0;
      if (n >= MAX_PER_FAMILY) return false;
      families.set(f, n + 1);
      return true;
    });
  }
  const available = Object.fromEntries(domains.map((d) => [d, perDomain[d].length])) as Record<
    Domain,
    number
  >;
  const quota = domainQuotas(info.count, available);
  const picked = domains.flatMap((d) => perDomain[d].slice(0, quota[d]));
  return {
    variant,
    seed,
    questionIds: shuffled(picked, hashSeed(`${seed}:order`)).map((q) => q.id),
    durationMs: info.minutes * 60_000,
  };
}

/** The order an attempt shows a question's options in: fixed by the attempt's seed. */
export function optionOrder(q: Question, seed: number): string[] {
  return shuffled(
    q.options.map((o) => o.id),
    hashSeed(`${seed}:${q.id}`),
  );
}
