import { describe, expect, it } from 'vitest';
import { lessonFromSearch, searchWithLesson, searchWithoutLesson } from '../../src/lessons/link';
import {
  BACKUP_KEY,
  PROGRESS_KEY,
  readProgress,
  withStep,
  writeProgress,
} from '../../src/lessons/progress';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('lesson progress', () => {
  it('starts empty, records the furthest step and completion, and reads back what it wrote', () => {
    const store = memory();
    expect(readProgress(store)).toEqual({ progress: {}, problem: null });
    let p = withStep({}, 'push-vs-pull', 2);
    p = withStep(p, 'push-vs-pull', 0);
    expect(p).toEqual({ 'push-vs-pull': { reached: 3, done: false } });
    p = withStep(p, 'push-vs-pull', 6, true);
    expect(writeProgress(store, p)).toBe(true);
    expect(readProgress(store)).toEqual({
      progress: { 'push-vs-pull': { reached: 7, done: true } },
      problem: null,
    });
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 9, lessons: {} })],
    ['a bad entry', JSON.stringify({ version: 1, lessons: { a: { reached: 'x', done: false } } })],
    ['an array', '[]'],
  ])('starts fresh with a note when saved data is %s, and keeps it aside', (_, raw) => {
    const store = memory({ [PROGRESS_KEY]: raw });
    expect(readProgress(store)).toEqual({
      progress: {},
      problem: `Saved lesson progress could not be read, so lessons start fresh; it is kept under “${BACKUP_KEY}” in this browser’s local storage.`,
    });
    expect(store.data.get(BACKUP_KEY)).toBe(raw);
  });

  it('does not crash when the browser refuses storage', () => {
    const refuse = () => {
      throw new Error('denied');
    };
    expect(readProgress({ getItem: refuse, setItem: refuse }).progress).toEqual({});
    expect(writeProgress({ getItem: refuse, setItem: refuse }, {})).toBe(false);
  });
});

describe('lesson links', () => {
  it('reads the lesson and step, counting steps from 1', () => {
    expect(lessonFromSearch('?lesson=push-vs-pull&step=3')).toEqual({
      id: 'push-vs-pull',
      step: 3,
    });
    expect(lessonFromSearch('?lesson=push-vs-pull')).toEqual({ id: 'push-vs-pull', step: 1 });
    expect(lessonFromSearch('?lesson=x&step=0')).toEqual({ id: 'x', step: 1 });
    expect(lessonFromSearch('?lesson=x&step=abc')).toEqual({ id: 'x', step: 1 });
    expect(lessonFromSearch('?tool=quiz')).toBeNull();
    expect(lessonFromSearch('?lesson=')).toBeNull();
  });

  it('writes them as raw text, dropping the tool and keeping other parameters', () => {
    expect(searchWithLesson('?tool=lessons&a=%20b', 'sync-vs-async', 1)).toBe(
      '?a=%20b&lesson=sync-vs-async&step=1',
    );
    expect(searchWithLesson('?lesson=x&step=2', 'x', 3)).toBe('?lesson=x&step=3');
    expect(searchWithoutLesson('?a=1&lesson=x&step=2')).toBe('?a=1');
    expect(searchWithoutLesson('?lesson=x&step=2')).toBe('');
  });
});

describe('lesson progress when storage is full or broken', () => {
  it('never overwrites a backup: a second unreadable record gets the next key', () => {
    const store = memory({ [BACKUP_KEY]: 'the first backup', [PROGRESS_KEY]: '{oops' });
    expect(readProgress(store)).toEqual({
      progress: {},
      problem: `Saved lesson progress could not be read, so lessons start fresh; it is kept under “${BACKUP_KEY}-2” in this browser’s local storage.`,
    });
    expect(store.data.get(BACKUP_KEY)).toBe('the first backup');
    expect(store.data.get(`${BACKUP_KEY}-2`)).toBe('{oops');
  });

  it('guards an unreadable record it cannot copy aside', () => {
    const store = memory({ [PROGRESS_KEY]: '{oops' });
    const full = {
      getItem: store.getItem,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readProgress(full)).toEqual({
      progress: {},
      problem:
        'Saved lesson progress could not be read, and there is no room to keep a copy aside, so it is left as it was and lesson progress is not saved until you choose.',
      guarded: true,
    });
    expect([...store.data.keys()]).toEqual([PROGRESS_KEY]);
  });
});
