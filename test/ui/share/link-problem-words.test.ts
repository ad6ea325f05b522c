import { describe, expect, it } from 'vitest';
import { presets } from '../../../src/scenario/presets';
import { closest, linkProblemWords } from '../../../src/ui/share/link-problem-words';

describe('a broken link, in plain words', () => {
  it('says a cut-off link is incomplete and names what is shown instead', () => {
    expect(
      linkProblemWords('not valid base64url: the data is cut short', 'Async retries', presets),
    ).toEqual({
      kind: 'cut',
      text: 'This link is incomplete — it was probably cut off when it was copied. Showing “Async retries” instead.',
    });
  });

  it('suggests the closest built-in scenario for an unknown one', () => {
    const words = linkProblemWords(
      'preset: there is no built-in scenario "sqs-partial"',
      'Async retries',
      presets,
    );
    expect(words).toMatchObject({
      kind: 'unknown-preset',
      text: 'This link names a scenario that does not exist: “sqs-partial”. Showing “Async retries” instead.',
      suggestion: { id: 'sqs-partial-batch' },
    });
    expect(closest('async-retry', presets)?.id).toBe('async-retries');
    expect(closest('zzzzzzzzzzzz', presets)).toBeNull();
  });

  it('leaves other problems to the codec’s own reason', () => {
    expect(linkProblemWords('the parameter "t" appears twice', 'X', presets).kind).toBe('other');
  });
});
