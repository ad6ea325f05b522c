import { describe, expect, it } from 'vitest';
import {
  linkedQuestionId,
  questionLink,
  withoutLinkedQuestion,
} from '../../../src/ui/quiz/question-link';

describe('question link addresses', () => {
  it('reads the question id only on the quiz', () => {
    expect(linkedQuestionId('?tool=quiz&q=gen-invocation-s3')).toBe('gen-invocation-s3');
    expect(linkedQuestionId('?q=gen-invocation-s3&tool=quiz')).toBe('gen-invocation-s3');
    expect(linkedQuestionId('?tool=reference&q=kinesis')).toBeNull();
    expect(linkedQuestionId('?q=gen-invocation-s3')).toBeNull();
    expect(linkedQuestionId('?tool=quiz&q=')).toBeNull();
    expect(linkedQuestionId('?tool=quiz')).toBeNull();
  });

  it('removes only the question parameter, keeping the others as spelled', () => {
    expect(withoutLinkedQuestion('?tool=quiz&q=gen-invocation-s3')).toBe('?tool=quiz');
    expect(withoutLinkedQuestion('?x=a%20b&q=1&tool=quiz')).toBe('?x=a%20b&tool=quiz');
    expect(withoutLinkedQuestion('?q=1')).toBe('');
    expect(withoutLinkedQuestion('')).toBe('');
  });

  it('builds the address of one question on this page’s origin and path', () => {
    expect(
      questionLink({ origin: 'https://lab.example', pathname: '/lab/' }, 'gen-invocation-s3'),
    ).toBe('https://lab.example/lab/?tool=quiz&q=gen-invocation-s3');
  });
});
