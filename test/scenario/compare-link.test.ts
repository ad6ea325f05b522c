import { describe, expect, it } from 'vitest';
import { parseScenario, presetById, type Scenario } from '../../src/scenario';
import {
  decodeCompareLink,
  encodeCompareLink,
  isCompareLink,
  pairScenarios,
} from '../../src/scenario/compare-link';

function preset(id: string): Scenario {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error(id);
  return parsed.scenario;
}

describe('compare links', () => {
  it('a built-in comparison left as it is keeps its short, readable link', () => {
    const { a, b } = pairScenarios('compare-batch-item-failures')!;
    const link = encodeCompareLink({
      a,
      b,
      pairId: 'compare-batch-item-failures',
      t: 90_000,
      edit: 'b',
    });
    expect(link).toBe('compare=compare-batch-item-failures&t=90000&edit=b');
    const decoded = decodeCompareLink(`#${link}`);
    expect(decoded).toMatchObject({
      ok: true,
      state: {
        pairId: 'compare-batch-item-failures',
        labels: { a: 'ReportBatchItemFailures off', b: 'ReportBatchItemFailures on' },
        t: 90_000,
        edit: 'b',
      },
    });
    if (decoded.ok !== true) return;
    expect(decoded.state.a).toEqual(a);
    expect(decoded.state.b).toEqual(b);
  });

  it('a fork holds both sides as their own share links, and reads back the same documents', () => {
    const a = preset('sync-throttle');
    const b = { ...a, function: { ...a.function, reservedConcurrency: 3 } };
    const link = encodeCompareLink({
      a,
      b,
      presetA: 'sync-throttle',
      presetB: 'sync-throttle',
      t: 250,
      edit: 'a',
    });
    expect(link).toMatch(/^compare=p=sync-throttle~v\d+\.[\w-]+&t=250$/);
    expect(isCompareLink(`#${link}`)).toBe(true);
    const decoded = decodeCompareLink(link);
    expect(decoded.ok).toBe(true);
    if (decoded.ok !== true) return;
    expect(decoded.state.a).toEqual(a);
    expect(decoded.state.b).toEqual(b);
    expect(decoded.state).toMatchObject({
      presetA: 'sync-throttle',
      presetB: 'sync-throttle',
      t: 250,
      edit: 'a',
    });
    expect(decoded.state.pairId).toBeUndefined();
  });

  it('an edited pair is no longer spelled by its id', () => {
    const { a, b } = pairScenarios('compare-sns-sqs')!;
    const edited = { ...b, seed: 10 };
    const link = encodeCompareLink({ a, b: edited, pairId: 'compare-sns-sqs', t: 0, edit: 'a' });
    expect(link.startsWith('compare=v')).toBe(true);
    expect(link).toContain('~v');
  });

  it('says what is wrong, and opens the side it can read', () => {
    expect(decodeCompareLink('compare=no-such-pair')).toEqual({
      ok: false,
      error: 'there is no built-in comparison "no-such-pair"',
    });
    expect(decodeCompareLink('compare=')).toEqual({
      ok: false,
      error: 'the compare link names no designs after "compare="',
    });
    expect(decodeCompareLink('compare=compare-sns-sqs&zoom=2')).toEqual({
      ok: false,
      error: 'the compare link\'s parameter "zoom=2" is not one it knows (t=<ms> or edit=a|b)',
    });
    expect(decodeCompareLink('compare=p=a~p=b~p=c')).toEqual({
      ok: false,
      error: 'a compare link holds two designs separated by "~", not 3',
    });
    const half = decodeCompareLink('compare=p=sqs-redrive~v1.broken');
    expect(half).toMatchObject({ ok: 'partial', side: 'a', presetId: 'sqs-redrive' });
    expect(half.ok === 'partial' && half.error).toMatch(
      /^design B cannot be read: the link is damaged/,
    );
    const other = decodeCompareLink('compare=p=nothing-here~p=sqs-redrive');
    expect(other).toMatchObject({
      ok: 'partial',
      side: 'b',
      error: 'design A cannot be read: preset: there is no built-in scenario "nothing-here"',
    });
    const none = decodeCompareLink('compare=p=x~p=y');
    expect(none.ok).toBe(false);
  });

  it('a moment past both scenarios opens at 0:00', () => {
    const decoded = decodeCompareLink('compare=compare-sns-sqs&t=999999999');
    expect(decoded.ok === true && decoded.state.t).toBe(0);
  });
});
