import { describe, expect, it } from 'vitest';
import { simulate, type Run } from '../../src/engine';
import { WRITTEN_QUESTIONS } from '../../src/quiz/bank';
import { EVENT_SOURCE_FACTS } from '../../src/quiz/facts/event-sources';
import { EXAM_EXTRA_FACTS } from '../../src/quiz/facts/exam-extras';
import { STUDY_NOTE_FACTS } from '../../src/quiz/facts/study-notes';
import { factSchema, questionSchema, type Question } from '../../src/quiz/schema';
import { parseScenario, presetById } from '../../src/scenario';

/**
 * The study-notes and exam-extras parts of the question bank: every entry is valid, every fact
 * of these parts is tested by a question, answers are spread over the option letters, and every
 * "show me" link lands on a real trace event of its preset.
 */

/**
 * `min` is the number of questions each part must have; `minMultiple` the lowest share of
 * multiple-response questions (the target is about a quarter; the finished study-notes part has
 * 10 of 87, so its floor records that rather than the target).
 */
/** The parts of the written bank, told apart by their id prefix (the YAML files are per topic). */
const STUDY_NOTE_QUESTIONS = WRITTEN_QUESTIONS.filter((q) => q.id.startsWith('sn-'));
const EXAM_EXTRA_QUESTIONS = WRITTEN_QUESTIONS.filter((q) => q.id.startsWith('ex-'));

const PARTS = [
  {
    name: 'study notes',
    prefix: 'sn-',
    source: 'notes',
    questions: STUDY_NOTE_QUESTIONS,
    facts: STUDY_NOTE_FACTS,
    // 76 once questions testing the same fact with the same answer were merged.
    min: 75,
    minMultiple: 0.1,
  },
  {
    name: 'exam extras',
    prefix: 'ex-',
    source: 'exam',
    questions: EXAM_EXTRA_QUESTIONS,
    facts: EXAM_EXTRA_FACTS,
    min: 60,
    minMultiple: 0.2,
  },
] as const;

const ALL_QUESTIONS: readonly Question[] = [...STUDY_NOTE_QUESTIONS, ...EXAM_EXTRA_QUESTIONS];
const OWN_FACTS = [...STUDY_NOTE_FACTS, ...EXAM_EXTRA_FACTS];
const KNOWN_FACT_IDS = new Set([...OWN_FACTS, ...EVENT_SOURCE_FACTS].map((f) => f.id));

/** The letters of the correct options: one per single-answer question, two or three per multiple. */
function correctLetters(questions: readonly Question[]): string[] {
  return questions.flatMap((q) => q.options.filter((o) => o.correct).map((o) => o.id));
}

function shareOfCommonestLetter(letters: readonly string[]): { letter: string; share: number } {
  const counts = new Map<string, number>();
  for (const l of letters) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best = { letter: '', share: 0 };
  for (const [letter, n] of counts) {
    if (n / letters.length > best.share) best = { letter, share: n / letters.length };
  }
  return best;
}

/** Stems are compared without case or punctuation; options keep punctuation (cron fields differ by "?" alone). */
const normaliseStem = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const normaliseOption = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

describe.each(PARTS)('$name', ({ prefix, source, questions, facts, min, minMultiple }) => {
  it(`has at least ${min} questions, each valid under the schema`, () => {
    expect(questions.length).toBeGreaterThanOrEqual(min);
    for (const q of questions) {
      const parsed = questionSchema.safeParse(q);
      expect(parsed.success, `${q.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has valid facts with its own prefix and source', () => {
    for (const f of facts) {
      const parsed = factSchema.safeParse(f);
      expect(parsed.success, `${f.id}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(f.id.startsWith(prefix), f.id).toBe(true);
      expect(f.source).toBe(source);
    }
  });

  it('prefixes every question id', () => {
    const wrong = questions.filter((q) => !q.id.startsWith(prefix)).map((q) => q.id);
    expect(wrong).toEqual([]);
  });

  it('tests every one of its facts with a question of its own', () => {
    const tested = new Set(questions.flatMap((q) => q.facts));
    const untested = facts.filter((f) => !tested.has(f.id)).map((f) => f.id);
    expect(untested).toEqual([]);
  });

  it('spreads the correct answers over the letters (none above 40 %)', () => {
    const singles = questions.filter((q) => q.kind === 'single');
    const single = shareOfCommonestLetter(correctLetters(singles));
    expect(single.share, `single answers: ${single.letter}`).toBeLessThanOrEqual(0.4);
    const all = shareOfCommonestLetter(correctLetters(questions));
    expect(all.share, `all correct options: ${all.letter}`).toBeLessThanOrEqual(0.4);
  });

  it('makes each of a–d the answer to at least 15 % of its single-answer questions', () => {
    const letters = correctLetters(questions.filter((q) => q.kind === 'single'));
    for (const letter of ['a', 'b', 'c', 'd']) {
      const share = letters.filter((l) => l === letter).length / letters.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
    }
  });

  it('mixes single and multiple-response questions', () => {
    const multiple = questions.filter((q) => q.kind === 'multiple').length;
    expect(multiple / questions.length).toBeGreaterThanOrEqual(minMultiple);
    expect(multiple / questions.length).toBeLessThanOrEqual(0.35);
  });
});

describe('study notes and exam extras together', () => {
  it('use unique question and fact ids', () => {
    const qIds = ALL_QUESTIONS.map((q) => q.id);
    expect(new Set(qIds).size).toBe(qIds.length);
    const fIds = OWN_FACTS.map((f) => f.id);
    expect(new Set(fIds).size).toBe(fIds.length);
  });

  it('only cite facts that exist', () => {
    const unknown = ALL_QUESTIONS.flatMap((q) =>
      q.facts.filter((id) => !KNOWN_FACT_IDS.has(id)).map((id) => `${q.id} → ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('never repeat a stem or an option within a question', () => {
    const stems = ALL_QUESTIONS.map((q) => normaliseStem(q.stem));
    const dupes = stems.filter((s, i) => stems.indexOf(s) !== i);
    expect(dupes).toEqual([]);
    for (const q of ALL_QUESTIONS) {
      const texts = q.options.map((o) => normaliseOption(o.text));
      expect(new Set(texts).size, q.id).toBe(texts.length);
    }
  });

  it('end multiple-response stems with the number to choose, and never offer "all/none of the above"', () => {
    for (const q of ALL_QUESTIONS) {
      if (q.kind === 'multiple') {
        const n = q.options.filter((o) => o.correct).length;
        expect(q.stem.endsWith(`(Choose ${n === 2 ? 'two' : 'three'}.)`), q.id).toBe(true);
      }
      for (const o of q.options) {
        expect(/\b(all|none) of the above\b/i.test(o.text), `${q.id}/${o.id}`).toBe(false);
      }
    }
  });

  it('use every difficulty and every domain', () => {
    expect(new Set(ALL_QUESTIONS.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3]));
    expect(new Set(ALL_QUESTIONS.map((q) => q.domain))).toEqual(
      new Set(['secure', 'resilient', 'performant', 'cost']),
    );
  });

  describe('"show me" links', () => {
    const runs = new Map<string, Run>();
    const runOf = (presetId: string): Run => {
      const cached = runs.get(presetId);
      if (cached) return cached;
      const preset = presetById(presetId);
      if (!preset) throw new Error(`no preset ${presetId}`);
      const parsed = parseScenario(preset.scenario);
      if (!parsed.ok) throw new Error(`preset ${presetId} does not parse`);
      const run = simulate(parsed.scenario);
      runs.set(presetId, run);
      return run;
    };
    const linked = ALL_QUESTIONS.filter((q) => q.showMe);

    it('number at least 15', () => {
      expect(linked.length).toBeGreaterThanOrEqual(15);
    });

    it.each(linked.map((q) => [q.id, q] as const))('%s resolves to a trace event', (_id, q) => {
      const { preset, kind, rule, nth = 1 } = q.showMe!;
      const matching = runOf(preset).trace.filter(
        (e) => e.kind === kind && (rule === undefined || e.rule === rule),
      );
      expect(matching.length).toBeGreaterThanOrEqual(nth);
    });
  });
});
