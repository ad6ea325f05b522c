import { describe, expect, it } from 'vitest';
import { SERVICES, type ServiceRecord } from '../../../src/catalog/services';
import {
  facetCounts,
  filterServices,
  matchesSearch,
  searchWords,
  type ServiceFilter,
} from '../../../src/ui/reference/service-filter';

const ALL: ServiceFilter = { q: '', model: 'all', flow: 'all' };
const ids = (filter: Partial<ServiceFilter>) =>
  filterServices(SERVICES, { ...ALL, ...filter }).map((s) => s.id);

/** A record with only the fields search and filters read. */
function record(
  id: string,
  name: string,
  behaviour: string[],
  invocation: ServiceRecord['invocation'] = 'sync',
  push: ServiceRecord['push'] = 'push',
): ServiceRecord {
  return {
    id,
    name,
    shortName: id,
    inStudyTable: true,
    invocation,
    push,
    mappingLives: 'source',
    permission: { kind: 'none', note: '' },
    missingPermission: '',
    behaviour,
    limits: [],
    examFacts: [],
    docs: [],
    sampleEvent: () => ({}),
  };
}

describe('search words', () => {
  it('folds case and accents, and splits on anything that is not a letter or digit', () => {
    expect(searchWords('  Lambda@Edge  ')).toEqual(['lambda', 'edge']);
    expect(searchWords('API-Gateway, S3')).toEqual(['api', 'gateway', 's3']);
    expect(searchWords('Café')).toEqual(['cafe']);
    expect(searchWords(' — ')).toEqual([]);
  });
});

describe('matching a service', () => {
  const queue = record('q', 'Queue Service', [
    'With ReportBatchItemFailures on, only failed messages return.',
    'Taking turns is not its thing; the café is closed.',
  ]);
  const match = (q: string) => matchesSearch(queue, searchWords(q));

  it('matches the start of a word in the name or the behaviour, never the middle', () => {
    expect(match('queue')).toBe(true);
    expect(match('serv')).toBe(true);
    expect(match('turn')).toBe(true);
    expect(match('kin')).toBe(false); // inside "Taking"
    expect(match('ueue')).toBe(false);
  });

  it('also matches where a camel-cased word has a hump', () => {
    expect(match('reportbatch')).toBe(true);
    expect(match('batch')).toBe(true);
    expect(match('ItemFail')).toBe(true);
    expect(match('atch')).toBe(false);
  });

  it('needs every word of the query, in any order', () => {
    expect(match('service queue')).toBe(true);
    expect(match('queue kinesis')).toBe(false);
  });

  it('matches accented text without the accents, and everything when empty', () => {
    expect(match('cafe')).toBe(true);
    expect(match('')).toBe(true);
    expect(match('  ')).toBe(true);
  });
});

describe('filtering the catalog', () => {
  it('keeps the study table order when nothing is searched', () => {
    expect(ids({ model: 'poll' })).toEqual([
      'msk',
      'self-managed-kafka',
      'dynamodb',
      'kinesis',
      'mq',
      'sqs',
    ]);
    expect(ids({ model: 'special' })).toEqual(['efs', 'xray']);
    expect(ids({ flow: 'pull' })).toEqual(ids({ model: 'poll' }));
    expect(ids({})).toHaveLength(31);
  });

  it('lists services whose name matches before those that only mention the words', () => {
    // SQS by name; MSK, EventBridge and Kinesis name SQS as an on-failure destination.
    expect(ids({ q: 'sqs' })).toEqual(['sqs', 'msk', 'eventbridge', 'kinesis']);
    // Kinesis and (Kinesis Data) Firehose by name; DynamoDB Streams compares itself to Kinesis.
    expect(ids({ q: 'kin' })).toEqual(['kinesis', 'firehose', 'dynamodb']);
    expect(ids({ q: 'fifo' })).toEqual(['sqs']);
    expect(ids({ q: 'edge' })).toEqual(['lambda-edge']);
    expect(ids({ q: 'zzz' })).toEqual([]);
  });

  it('combines the search with both chip groups', () => {
    expect(ids({ q: 'batch' })).toEqual([
      's3-batch',
      'msk',
      'self-managed-kafka',
      'dynamodb',
      'kinesis',
      'firehose',
      'mq',
      'sqs',
    ]);
    expect(ids({ q: 'batch', flow: 'push' })).toEqual(['s3-batch', 'firehose']);
    expect(ids({ q: 'batch', model: 'poll', flow: 'push' })).toEqual([]);
  });

  it('shows the two integrations under All but under neither Push nor Pull', () => {
    expect(ids({ flow: 'push' })).not.toContain('efs');
    expect(ids({ flow: 'pull' })).not.toContain('xray');
    expect(ids({ model: 'special', flow: 'push' })).toEqual([]);
  });
});

describe('chip counts', () => {
  it('count the whole catalog: 12 sync, 11 async, 6 poll, 2 special; 23 push, 6 pull', () => {
    expect(facetCounts(SERVICES, ALL)).toEqual({
      model: { all: 31, sync: 12, async: 11, poll: 6, special: 2 },
      flow: { all: 31, push: 23, pull: 6 },
    });
  });

  it('count each group under the other group’s choice and the search', () => {
    expect(facetCounts(SERVICES, { ...ALL, model: 'poll' })).toEqual({
      model: { all: 31, sync: 12, async: 11, poll: 6, special: 2 },
      flow: { all: 6, push: 0, pull: 6 },
    });
    expect(facetCounts(SERVICES, { ...ALL, flow: 'push' })).toEqual({
      model: { all: 23, sync: 12, async: 11, poll: 0, special: 0 },
      flow: { all: 31, push: 23, pull: 6 },
    });
    expect(facetCounts(SERVICES, { q: 'batch', model: 'all', flow: 'all' })).toEqual({
      model: { all: 8, sync: 2, async: 0, poll: 6, special: 0 },
      flow: { all: 8, push: 2, pull: 6 },
    });
  });

  it('agree with what picking the chip shows', () => {
    const services = [
      record('a', 'Alpha', ['retries twice'], 'async', 'push'),
      record('b', 'Beta', ['no retries'], 'sync', 'push'),
      record('c', 'Gamma', ['batches'], 'poll', 'pull'),
      record('d', 'Delta', ['retries until expiry'], 'poll', 'pull'),
      record('e', 'Epsilon', ['never invokes'], 'special', 'none'),
    ];
    for (const q of ['', 'retries', 'zzz']) {
      for (const model of ['all', 'sync', 'async', 'poll', 'special'] as const) {
        for (const flow of ['all', 'push', 'pull'] as const) {
          const counts = facetCounts(services, { q, model, flow });
          expect(counts.model[model]).toBe(filterServices(services, { q, model, flow }).length);
          expect(counts.flow[flow]).toBe(filterServices(services, { q, model, flow }).length);
        }
      }
    }
    expect(facetCounts(services, { q: 'retries', model: 'all', flow: 'all' })).toEqual({
      model: { all: 3, sync: 1, async: 1, poll: 1, special: 0 },
      flow: { all: 3, push: 2, pull: 1 },
    });
  });
});
