import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../src/engine/eventbridge/pattern';
import { groupFailures } from '../../src/ui/tools/patterns/failure-groups';

const EVENT = { source: 'aws.ec2', detail: { state: 'stopped', count: 3 } };

describe('grouping match failures for display', () => {
  it('merges the alternatives of one field', () => {
    const { failures } = explainMatch(
      { source: ['aws.s3'], detail: { state: [{ prefix: 'run' }, 'pending'] } },
      EVENT,
    );
    expect(groupFailures(failures)).toEqual([
      {
        kind: 'fields',
        fields: [
          {
            path: 'source',
            checks: [{ operator: 'equals', reason: 'value "aws.ec2" is not "aws.s3"' }],
          },
          {
            path: 'detail.state',
            checks: [
              { operator: 'prefix', reason: 'value "stopped" does not start with "run"' },
              { operator: 'equals', reason: 'value "stopped" is not "pending"' },
            ],
          },
        ],
      },
    ]);
  });

  it('puts each $or branch on its own, under the object that holds the $or', () => {
    const { failures } = explainMatch(
      {
        source: ['aws.s3'],
        detail: { $or: [{ state: ['running'] }, { count: [{ numeric: ['>', 5] }] }] },
      },
      EVENT,
    );
    const groups = groupFailures(failures);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ kind: 'fields', fields: [{ path: 'source' }] });
    expect(groups[1]).toMatchObject({
      kind: 'or',
      at: 'detail',
      branches: [
        { index: 0, fields: [{ path: 'detail.$or[0].state' }] },
        { index: 1, fields: [{ path: 'detail.$or[1].count' }] },
      ],
    });
  });

  it('handles an $or at the top level', () => {
    const { failures } = explainMatch({ $or: [{ source: ['a'] }, { source: ['b'] }] }, EVENT);
    expect(groupFailures(failures)).toMatchObject([
      { kind: 'or', at: '', branches: [{ index: 0 }, { index: 1 }] },
    ]);
  });
});
