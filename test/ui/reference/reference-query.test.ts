import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY,
  readReferenceQuery,
  withoutReferenceQuery,
  writeReferenceQuery,
} from '../../../src/ui/reference/reference-query';

const IDS = ['alexa', 'msk', 'kinesis', 'sqs', 's3'];

describe('reading the reference page’s state from the query', () => {
  it('reads model, flow, q and open', () => {
    expect(readReferenceQuery('?tool=reference&model=poll&flow=pull&q=kin&open=sqs', IDS)).toEqual({
      q: 'kin',
      model: 'poll',
      flow: 'pull',
      open: ['sqs'],
    });
    expect(readReferenceQuery('?q=api+gateway%21', IDS).q).toBe('api gateway!');
  });

  it('falls back to the defaults for missing or unknown values', () => {
    expect(readReferenceQuery('', IDS)).toEqual(DEFAULT_QUERY);
    expect(readReferenceQuery('?model=batch&flow=sideways&open=', IDS)).toEqual(DEFAULT_QUERY);
    expect(readReferenceQuery('?model=&flow=ALL', IDS)).toEqual(DEFAULT_QUERY);
  });

  it('keeps only known ids in open, in catalog order, each once', () => {
    expect(readReferenceQuery('?open=s3,nope,alexa,s3', IDS).open).toEqual(['alexa', 's3']);
  });
});

describe('writing it back', () => {
  const state = { q: 'api gateway', model: 'sync', flow: 'push', open: ['msk', 'sqs'] } as const;

  it('adds our parameters after the others, leaving out the defaults', () => {
    expect(writeReferenceQuery('?tool=reference', state)).toBe(
      '?tool=reference&model=sync&flow=push&q=api+gateway&open=msk,sqs',
    );
    expect(writeReferenceQuery('?tool=reference', DEFAULT_QUERY)).toBe('?tool=reference');
    expect(writeReferenceQuery('', DEFAULT_QUERY)).toBe('');
    expect(writeReferenceQuery('', { ...DEFAULT_QUERY, q: '  ' })).toBe('');
  });

  it('replaces ours where they stand, drops repeats, and keeps the others exactly as written', () => {
    expect(
      writeReferenceQuery('?a=%7E&q=old&tool=reference&model=poll&x&model=async', {
        ...DEFAULT_QUERY,
        q: 'new',
      }),
    ).toBe('?a=%7E&q=new&tool=reference&x');
  });

  it('encodes the search text so that it reads back the same', () => {
    const q = 'a&b=c #1 50% é';
    const search = writeReferenceQuery('?tool=reference', { ...DEFAULT_QUERY, q });
    expect(search).toBe('?tool=reference&q=a%26b%3Dc+%231+50%25+%C3%A9');
    expect(readReferenceQuery(search, IDS).q).toBe(q);
  });

  it('round-trips every state', () => {
    const search = writeReferenceQuery('?tool=reference', state);
    expect(readReferenceQuery(search, IDS)).toEqual({ ...state, open: ['msk', 'sqs'] });
  });

  it('removes all of ours, and only ours, for the next page', () => {
    expect(
      withoutReferenceQuery('?model=poll&tool=simulator&q=kin&keep=1&open=sqs&flow=pull'),
    ).toBe('?tool=simulator&keep=1');
    expect(withoutReferenceQuery('?q=kin')).toBe('');
    expect(withoutReferenceQuery('?quiz=1&openx=2')).toBe('?quiz=1&openx=2');
  });
});
