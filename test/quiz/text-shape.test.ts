import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS } from '../../src/quiz/bank';
import { GENERATED_QUESTIONS } from '../../src/quiz/generated';

/** Every sentence a question shows: its stem, options, whys and explanation. */
function texts(q: (typeof ALL_QUESTIONS)[number]): string[] {
  return [q.stem, q.explanation ?? '', ...q.options.flatMap((o) => [o.text, o.why ?? ''])];
}

describe('question text', () => {
  it('never doubles a full stop', () => {
    const doubled = ALL_QUESTIONS.flatMap((q) =>
      texts(q)
        .filter((t) => /(^|[^.])\.\.($|[^.])/.test(t))
        .map((t) => `${q.id}: ${t}`),
    );
    expect(doubled).toEqual([]);
  });

  it('keeps a name’s capital where a generated sentence starts after a colon', () => {
    // "missing: cloudFront refuses", "missing: lambda refuses" once read like this.
    const lowered = GENERATED_QUESTIONS.flatMap((q) =>
      texts(q)
        .filter(
          (t) => /(missing|Instead): [a-z]/.test(t) || /\b(cloudFront|lambda refuses)\b/.test(t),
        )
        .map((t) => `${q.id}: ${t}`),
    );
    expect(lowered).toEqual([]);
    const edge = GENERATED_QUESTIONS.find((q) => q.id === 'gen-permission-lambda-edge')!;
    expect(edge.explanation).toMatch(/permission is missing: CloudFront refuses/);
  });

  it('ends the options of a question alike: all with a full stop or none', () => {
    const mixed = ALL_QUESTIONS.filter((q) => {
      const ends = new Set(q.options.map((o) => /[.!?]$/.test(o.text.trim())));
      return ends.size > 1;
    }).map((q) => q.id);
    expect(mixed).toEqual([]);
  });

  it('gives no option away by a shape only the right one has', () => {
    // Generated permission questions: "and N more" or a "No invoke permission" opening is on
    // right and wrong options alike, or on none.
    const shapes = [/ and \d+ more\b/, /^No invoke permission is needed;/];
    const options = GENERATED_QUESTIONS.filter((q) => q.id.startsWith('gen-permission-')).flatMap(
      (q) => q.options,
    );
    const telling = shapes.filter((re) => {
      const right = options.filter((o) => o.correct && re.test(o.text)).length;
      const wrong = options.filter((o) => !o.correct && re.test(o.text)).length;
      return right > 0 && wrong === 0;
    });
    expect(telling).toEqual([]);
    const edge = GENERATED_QUESTIONS.find((q) => q.id === 'gen-permission-lambda-edge')!;
    expect(edge.options.map((o) => o.text)).toContain(
      'No invoke permission is needed; the execution role must trust edgelambda.amazonaws.com as well as lambda.amazonaws.com.',
    );
  });
});
