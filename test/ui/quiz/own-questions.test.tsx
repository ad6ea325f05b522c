import { act, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownQuestions, questionById } from '../../../src/quiz/bank';
import {
  OWN_FILE_KEY,
  removeOwnQuestions,
  restoreOwnQuestionFile,
} from '../../../src/ui/quiz/own-questions';
import { useQuizStore } from '../../../src/ui/quiz/store';
import { renderQuiz } from './helpers';

const fixture = (name: string) =>
  new File([readFileSync(`test/fixtures/question-files/${name}`, 'utf8')], name, {
    type: 'application/yaml',
  });

beforeEach(() => {
  removeOwnQuestions();
  window.history.replaceState(null, '', '/?tool=quiz');
});
afterEach(() => {
  removeOwnQuestions();
  window.history.replaceState(null, '', '/');
});

describe('a teacher’s own question file', () => {
  it('loads a good file and practises its questions with feedback', async () => {
    const { user } = renderQuiz();
    const panel = screen.getByRole('region', { name: 'Your own questions' });
    expect(within(panel).queryByRole('button', { name: 'Practise them' })).toBeNull();
    await user.upload(within(panel).getByLabelText('Question file to open'), fixture('good.yaml'));
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Loaded 2 questions from good.yaml.',
    );
    expect(panel).toHaveTextContent('2 questions from good.yaml.');
    expect(ownQuestions().map((q) => q.id)).toEqual([
      'class-sqs-visibility',
      'class-async-retries',
    ]);
    // Kept for this tab, so a reload brings it back.
    expect(JSON.parse(window.sessionStorage.getItem(OWN_FILE_KEY)!).name).toBe('good.yaml');

    await user.click(within(panel).getByRole('button', { name: 'Practise them' }));
    expect(screen.getByText('good.yaml · question 1 of 2')).toBeInTheDocument();
    // A link could not open the file's question anywhere else.
    expect(screen.queryByRole('button', { name: 'Copy link to this question' })).toBeNull();
    expect(
      screen.getByText(/Our class queue triggers a function whose timeout is 30 seconds/),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('radio', { name: /180 seconds, six times the function timeout/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const feedback = screen.getByRole('region', { name: 'Feedback' });
    expect(within(feedback).getByRole('status')).toHaveTextContent('Right');
    expect(
      screen.getByText('AWS recommends at least six times the function timeout.'),
    ).toBeInTheDocument();
    // The answer is scheduled like any other question's.
    expect(useQuizStore.getState().progress.cards['class-sqs-visibility']).toBeDefined();
  });

  it('refuses a malformed file with its problems by line, question and field, and changes nothing', async () => {
    const { user } = renderQuiz();
    const panel = screen.getByRole('region', { name: 'Your own questions' });
    const input = within(panel).getByLabelText('Question file to open');
    await user.upload(input, fixture('good.yaml'));
    await within(panel).findByRole('status');
    await user.upload(input, fixture('bad.yaml'));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('bad.yaml was not loaded: 2 problems. Nothing else changed.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(
        /^line 4, question class-bad-question, topic: is "queues"; it must be one of "push-pull", /,
      ),
      'line 24, question class-bad-question, options.d.why: is missing',
    ]);
    // The good file's questions are still there.
    expect(panel).toHaveTextContent('2 questions from good.yaml.');
    expect(questionById('class-async-retries')?.topic).toBe('async-retries');
    expect(questionById('class-bad-question')).toBeUndefined();
  });

  it('will not let a file reuse a built-in question’s id', async () => {
    const { user } = renderQuiz();
    const panel = screen.getByRole('region', { name: 'Your own questions' });
    const text = readFileSync('test/fixtures/question-files/good.yaml', 'utf8').replace(
      'id: class-async-retries',
      'id: sn-three-methods',
    );
    await user.upload(
      within(panel).getByLabelText('Question file to open'),
      new File([text], 'mine.yaml'),
    );
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'line 34, question sn-three-methods, id: the id is already used by a built-in question',
    );
    expect(useQuizStore.getState().ownFile).toBeNull();
  });

  it('comes back after a reload of the tab, and is forgotten when removed', async () => {
    window.sessionStorage.setItem(
      OWN_FILE_KEY,
      JSON.stringify({
        name: 'kept.yaml',
        text: readFileSync('test/fixtures/question-files/good.yaml', 'utf8'),
      }),
    );
    const { user } = renderQuiz();
    await act(() => restoreOwnQuestionFile());
    const panel = screen.getByRole('region', { name: 'Your own questions' });
    expect(panel).toHaveTextContent('2 questions from kept.yaml.');
    await user.click(within(panel).getByRole('button', { name: 'Remove them' }));
    expect(panel).not.toHaveTextContent('kept.yaml');
    expect(window.sessionStorage.getItem(OWN_FILE_KEY)).toBeNull();
    expect(questionById('class-sqs-visibility')).toBeUndefined();
  });
});
