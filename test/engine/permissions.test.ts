import { describe, expect, it } from 'vitest';
import { Permissions, actionLike, arnLike } from '../../src/engine/permissions';

const BUCKET = 'arn:aws:s3:::photos';

describe('resource-based policy', () => {
  it('allows everything when the scenario writes no policy', () => {
    expect(new Permissions(undefined).invoke('s3.amazonaws.com', BUCKET, '111122223333')).toEqual({
      allowed: true,
      rule: 'permission.resource-policy',
    });
  });

  it('denies a principal that no statement names', () => {
    const p = new Permissions({ resourcePolicy: [{ principal: 'sns.amazonaws.com' }] });
    expect(p.invoke('s3.amazonaws.com', BUCKET, '111122223333')).toEqual({
      allowed: false,
      rule: 'permission.resource-policy',
      reason: 'no-statement',
    });
  });

  it('denies the right principal acting for another bucket (confused deputy)', () => {
    const p = new Permissions({
      resourcePolicy: [{ principal: 's3.amazonaws.com', sourceArn: BUCKET }],
    });
    expect(p.invoke('s3.amazonaws.com', 'arn:aws:s3:::someone-elses', '111122223333')).toEqual({
      allowed: false,
      rule: 'permission.source-arn',
      reason: 'source-arn-mismatch',
    });
    expect(p.invoke('s3.amazonaws.com', BUCKET, '111122223333').allowed).toBe(true);
  });

  it('checks SourceAccount, and a later statement can still allow', () => {
    const p = new Permissions({
      resourcePolicy: [
        { principal: 's3.amazonaws.com', sourceAccount: '999999999999' },
        { principal: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::photo*' },
      ],
    });
    expect(p.invoke('s3.amazonaws.com', BUCKET, '111122223333').allowed).toBe(true);
    expect(p.invoke('s3.amazonaws.com', 'arn:aws:s3:::logs', '111122223333')).toMatchObject({
      allowed: false,
      reason: 'source-account-mismatch',
    });
  });
});

describe('execution role', () => {
  it('lists the needed actions the role lacks, with wildcards and any case', () => {
    const p = new Permissions({ executionRole: ['SQS:ReceiveMessage', 'logs:*'] });
    expect(
      p.missingActions([
        'sqs:ReceiveMessage',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'logs:PutLogEvents',
      ]),
    ).toEqual(['sqs:DeleteMessage', 'sqs:GetQueueAttributes']);
    expect(
      new Permissions({ executionRole: ['*'] }).missingActions(['kinesis:GetRecords']),
    ).toEqual([]);
    expect(new Permissions(undefined).missingActions(['kinesis:GetRecords'])).toEqual([]);
  });

  it('matches globs exactly, not as substrings', () => {
    expect(
      arnLike('arn:aws:sns:*:111122223333:orders', 'arn:aws:sns:us-east-1:111122223333:orders'),
    ).toBe(true);
    expect(
      arnLike('arn:aws:sns:*:111122223333:orders', 'arn:aws:sns:us-east-1:111122223333:orders-2'),
    ).toBe(false);
    expect(arnLike('arn:aws:s3:::a.b', 'arn:aws:s3:::axb')).toBe(false);
    expect(actionLike('sqs:Get*', 'sqs:GetQueueAttributes')).toBe(true);
    expect(actionLike('sqs:Get*', 'sns:GetTopicAttributes')).toBe(false);
  });
});
