import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WRITTEN_QUESTIONS } from '../../src/quiz/bank';
import { formatProblem, parseQuestionFile } from '../../src/quiz/question-file';

const GOOD = `questions:
  - id: my-sqs-question
    kind: single
    topic: sqs
    domain: resilient
    difficulty: 2
    facts: [ex-sqs-visibility-6x]
    sources:
      - https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
    stem: >-
      Which visibility timeout does AWS recommend for a queue that triggers a function
      with a 60-second timeout?
    options:
      - id: a
        text: 60 seconds
        correct: false
        why: Equal to the timeout leaves no room for retries of throttled batches.
      - id: b
        text: 360 seconds
        correct: true
        why: Six times the function timeout.
      - id: c
        text: 30 seconds
        correct: false
        why: Shorter than the timeout, so messages reappear while still being worked on.
      - id: d
        text: 12 hours
        correct: false
        why: The maximum; a failed message would wait far too long to be retried.
    explanation: AWS recommends at least six times the function timeout.
    showMe:
      preset: sqs-redrive
      kind: invoke-end
`;

describe('parseQuestionFile', () => {
  it('reads a good file into questions with their defaults filled in', () => {
    const r = parseQuestionFile(GOOD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]!.id).toBe('my-sqs-question');
    expect(r.questions[0]!.stem).toBe(
      'Which visibility timeout does AWS recommend for a queue that triggers a function with a 60-second timeout?',
    );
    expect(r.questions[0]!.showMe).toEqual({ preset: 'sqs-redrive', kind: 'invoke-end', nth: 1 });
  });

  it('names the line, question and field of each problem', () => {
    const bad = GOOD.replace('    difficulty: 2\n', '    difficulty: 5\n')
      .replace('    topic: sqs\n', '    topic: queues\n')
      .replace('        text: 12 hours\n', '        text: 12 hours\n        hint: none\n');
    const r = parseQuestionFile(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(formatProblem)).toEqual([
      'line 4, question my-sqs-question, topic: is "queues"; it must be one of "push-pull", "invocation-models", "services", "permissions", "async-retries", "idempotency", "dlq-destinations", "sqs", "streams", "kafka-mq", "filtering", "batching", "limits", "concurrency", "cold-warm", "provisioned", "versions-aliases", "eventbridge-buses", "eventbridge-rules", "eventbridge-patterns", "eventbridge-schedules", "integration-choices", "step-functions", "vpc-networking", "api-edge", "cost-levers"',
      'line 6, question my-sqs-question, difficulty: is 5; it must be 1, 2 or 3',
      'line 26, question my-sqs-question, options.d: has unknown field(s): hint (docs/questions.md lists the fields)',
    ]);
  });

  it('checks the rules across options: one key for a single-answer question', () => {
    const r = parseQuestionFile(
      GOOD.replace('        correct: true\n', '        correct: false\n'),
    );
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'line 14, question my-sqs-question, options: a single-answer question has 4 options and exactly 1 correct',
    ]);
  });

  it('places a missing field at its question and reports YAML syntax errors by line', () => {
    const noWhy = GOOD.replace('        why: Six times the function timeout.\n', '');
    const r = parseQuestionFile(noWhy);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'line 18, question my-sqs-question, options.b.why: is missing',
    ]);
    const broken = parseQuestionFile('questions:\n  - id: x\n   kind: single\n');
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problems[0]!.line).toBe(3);
    expect(broken.problems[0]!.message).toMatch(/^not valid YAML: /);
  });

  it('refuses a file without a questions list, an unknown top-level key and a repeated id', () => {
    const notList = parseQuestionFile('- id: x\n');
    expect(notList.ok ? [] : notList.problems.map(formatProblem)).toEqual([
      'line 1: the file must be a mapping with one key, "questions", holding a list',
    ]);
    const twice = parseQuestionFile(`title: mine\n${GOOD}${GOOD.replace('questions:\n', '')}`);
    expect(twice.ok ? [] : twice.problems.map(formatProblem)).toEqual([
      'line 1: unknown top-level key "title" (only "questions" is read)',
      'line 35, question my-sqs-question, id: the id is already used by question 1 of this file',
    ]);
  });
});

describe('ids used elsewhere', () => {
  it('refuses an id another file or the bank already uses, naming where', () => {
    const r = parseQuestionFile(GOOD, {
      usedElsewhere: (id) => (id === 'my-sqs-question' ? 'src/quiz/bank/sqs.yaml' : undefined),
    });
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'line 2, question my-sqs-question, id: the id is already used by src/quiz/bank/sqs.yaml',
    ]);
  });
});

describe('docs/questions.md', () => {
  it('shows an example file that reads without a problem', () => {
    const md = readFileSync('docs/questions.md', 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(md)![1]!;
    const r = parseQuestionFile(example);
    expect(r.ok ? r.questions.map((q) => q.id) : r.problems.map(formatProblem)).toEqual([
      'class-sqs-visibility',
    ]);
  });
});

describe('the built-in question files', () => {
  it('read back exactly as the bank the app uses (sqs.yaml)', () => {
    const r = parseQuestionFile(readFileSync('src/quiz/bank/sqs.yaml', 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const fromBank = WRITTEN_QUESTIONS.filter((q) => r.questions.some((f) => f.id === q.id));
    expect(fromBank).toEqual(r.questions);
  });
});
