import { describe, expect, it } from 'vitest';
import { SERVICES, serviceById } from '../../../src/catalog/services';
import { docLabel, mappingLabel, permissionSummary } from '../../../src/ui/reference/labels';

const s = (id: string) => serviceById(id)!;

describe('the words in a row', () => {
  it('say where the trigger is set up', () => {
    expect(mappingLabel(s('s3'))).toBe('On the source service');
    expect(mappingLabel(s('sqs'))).toBe('In Lambda: event source mapping');
    expect(mappingLabel(s('function-url'))).toBe('In Lambda: on the function');
    expect(mappingLabel(s('efs'))).toBe('No trigger: sends no events');
  });

  it('sum up each kind of permission', () => {
    expect(permissionSummary(s('s3'))).toEqual({
      kind: 'Function policy',
      detail: 's3.amazonaws.com',
    });
    expect(permissionSummary(s('function-url'))).toEqual({
      kind: 'Function policy',
      detail: 'any principal (*)',
    });
    expect(permissionSummary(s('sqs'))).toEqual({
      kind: 'Execution role',
      detail: 'AWSLambdaSQSQueueExecutionRole',
    });
    expect(permissionSummary(s('mq'))).toEqual({ kind: 'Execution role', detail: '8 actions' });
    expect(permissionSummary(s('step-functions'))).toEqual({
      kind: 'Caller’s own IAM role',
      detail: 'lambda:InvokeFunction',
    });
    expect(permissionSummary(s('lambda-edge'))).toEqual({
      kind: 'No invoke permission',
      detail: '',
    });
  });
});

describe('documentation link names', () => {
  it('name the page and its guide', () => {
    expect(docLabel('https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html')).toEqual({
      page: 'with-sqs',
      guide: 'Lambda Developer Guide',
    });
    expect(
      docLabel('https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html'),
    ).toEqual({ page: 'eb-rule-dlq', guide: 'EventBridge User Guide' });
  });

  it('fall back to the path for a guide they do not know, and to the text for a non-URL', () => {
    expect(docLabel('https://example.com/a/b/page.html')).toEqual({ page: 'page', guide: 'a/b' });
    expect(docLabel('not a url')).toEqual({ page: 'not a url', guide: '' });
  });

  it('know the guide of every link in the catalog', () => {
    const unknown = [...new Set(SERVICES.flatMap((x) => x.docs))].filter((url) => {
      const { guide } = docLabel(url);
      return !/Guide$/.test(guide);
    });
    expect(unknown).toEqual([]);
  });
});
