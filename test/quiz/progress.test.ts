import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  EXPORT_KIND,
  exportProgress,
  importProgress,
  loadProgress,
  parseProgress,
  PROGRESS_KEY,
  saveProgress,
  type ProgressStorage,
} from '../../src/quiz/progress';
import { migrateProgress } from '../../src/quiz/progress-migrations';
import { emptyProgress, type Progress } from '../../src/quiz/progress-schema';
import { review } from '../../src/quiz/srs';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');

/** localStorage as a Map, with an optional fault. */
class FakeStorage implements ProgressStorage {
  readonly data = new Map<string, string>();
  failGet = false;
  failSet = false;
  getItem(key: string): string | null {
    if (this.failGet) throw new Error('SecurityError: storage is disabled');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
}

function someProgress(): Progress {
  return {
    ...emptyProgress(),
    cards: { 'gen-invocation-s3': review(undefined, true, T0) },
    results: [
      {
        attemptId: 'lambda-1-1',
        variant: 'lambda',
        submittedAt: T0,
        correct: 15,
        total: 20,
        scaled: 748,
        passed: true,
      },
    ],
  };
}

describe('saving and loading progress', () => {
  it('starts empty when nothing is saved, and reads back what was saved', () => {
    const s = new FakeStorage();
    expect(loadProgress(s)).toEqual({ progress: emptyProgress(), problem: null });
    expect(saveProgress(s, someProgress())).toEqual({ ok: true });
    expect(loadProgress(s)).toEqual({ progress: someProgress(), problem: null });
  });

  it('keeps unreadable JSON aside under the backup key and reports it; nothing is wiped', () => {
    const s = new FakeStorage();
    s.data.set(PROGRESS_KEY, '{"format":1,"cards":{');
    const r = loadProgress(s);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.problem).toMatchObject({ reason: 'unreadable', backupKey: BACKUP_KEY });
    expect(r.problem!.detail).toMatch(/^not valid JSON/);
    expect(s.data.get(BACKUP_KEY)).toBe('{"format":1,"cards":{');
    // The original stays where it was until the learner's next save.
    expect(s.data.get(PROGRESS_KEY)).toBe('{"format":1,"cards":{');
  });

  it('keeps a value that does not fit the schema aside and names the field', () => {
    const s = new FakeStorage();
    const bad = JSON.stringify({ ...someProgress(), cards: { q1: { due: 'tomorrow' } } });
    s.data.set(PROGRESS_KEY, bad);
    const r = loadProgress(s);
    expect(r.problem?.reason).toBe('invalid');
    expect(r.problem?.detail).toMatch(/^cards\.q1\.due: /);
    expect(s.data.get(BACKUP_KEY)).toBe(bad);
  });

  it('keeps progress from a newer release aside instead of reading it wrongly', () => {
    const s = new FakeStorage();
    s.data.set(PROGRESS_KEY, JSON.stringify({ ...someProgress(), format: 7 }));
    const r = loadProgress(s);
    expect(r.problem).toMatchObject({ reason: 'newer', backupKey: BACKUP_KEY });
    expect(r.problem!.detail).toBe(
      'format 7 was saved by a newer release (this one reads up to format 1)',
    );
  });

  it('never overwrites an earlier backup with different content', () => {
    const s = new FakeStorage();
    s.data.set(BACKUP_KEY, 'an older backup');
    s.data.set(PROGRESS_KEY, 'garbage');
    expect(loadProgress(s).problem?.backupKey).toBe(`${BACKUP_KEY}-2`);
    expect(s.data.get(BACKUP_KEY)).toBe('an older backup');
    expect(s.data.get(`${BACKUP_KEY}-2`)).toBe('garbage');
    // Loading the same bad value again reuses its backup rather than making a third copy.
    expect(loadProgress(s).problem?.backupKey).toBe(`${BACKUP_KEY}-2`);
    expect(s.data.has(`${BACKUP_KEY}-3`)).toBe(false);
  });

  it('guards an unreadable record it cannot copy aside (storage full): it stays the only copy', () => {
    const s = new FakeStorage();
    s.data.set(PROGRESS_KEY, '{"format":1,"cards":{');
    s.failSet = true;
    expect(loadProgress(s).problem).toEqual({
      reason: 'unreadable',
      detail: expect.stringMatching(/^not valid JSON/) as string,
      backupKey: null,
      guarded: true,
    });
    expect(s.data.get(PROGRESS_KEY)).toBe('{"format":1,"cards":{');
    expect([...s.data.keys()]).toEqual([PROGRESS_KEY]);
  });

  it('reports blocked storage, and a failed save, without throwing', () => {
    const s = new FakeStorage();
    s.failGet = true;
    expect(loadProgress(s).problem).toEqual({
      reason: 'storage',
      detail: 'SecurityError: storage is disabled',
      backupKey: null,
      guarded: false,
    });
    s.failSet = true;
    expect(saveProgress(s, emptyProgress())).toEqual({ ok: false, error: 'QuotaExceededError' });
  });
});

describe('migrations', () => {
  const step = (doc: Record<string, unknown>) => ({ ...doc, renamed: doc.old, old: undefined });

  it('runs each numbered step from the saved format up to the current one', () => {
    expect(migrateProgress({ format: 1, old: 5 }, { 1: step }, 2)).toEqual({
      ok: true,
      doc: { format: 2, renamed: 5, old: undefined },
    });
    expect(migrateProgress({ format: 2, renamed: 5 }, { 1: step }, 2)).toEqual({
      ok: true,
      doc: { format: 2, renamed: 5 },
    });
  });

  it('refuses what it cannot migrate, saying why', () => {
    expect(migrateProgress({ format: 1 }, {}, 2)).toEqual({
      ok: false,
      reason: 'invalid',
      error: 'no migration from format 1',
    });
    expect(migrateProgress([], {}, 1)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(migrateProgress({ format: '1' }, {}, 1)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(migrateProgress({ format: 3 }, {}, 2)).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('reads today’s format 1 unchanged', () => {
    const p = someProgress();
    expect(parseProgress(JSON.stringify(p))).toEqual({ ok: true, progress: p });
  });
});

describe('export and import', () => {
  it('round-trips progress through a file marked as a quiz-progress export', () => {
    const text = exportProgress(someProgress(), T0);
    const json = JSON.parse(text);
    expect(json.kind).toBe(EXPORT_KIND);
    expect(json.exportedAt).toBe('2026-01-05T09:00:00.000Z');
    expect(importProgress(text)).toEqual({ ok: true, progress: someProgress() });
  });

  it('refuses a bad file with a clear message', () => {
    expect(importProgress('not json')).toEqual({
      ok: false,
      error: 'This file is not a progress export: it is not JSON.',
    });
    expect(importProgress('{"version":1}')).toEqual({
      ok: false,
      error:
        'This file is not a Lambda Event Lab progress export (it has no quiz-progress marker).',
    });
    const damaged = JSON.stringify({ kind: EXPORT_KIND, ...someProgress(), results: 'many' });
    expect(importProgress(damaged)).toEqual({
      ok: false,
      error:
        'This progress file is damaged: results: Invalid input: expected array, received string.',
    });
    const newer = JSON.stringify({ kind: EXPORT_KIND, ...someProgress(), format: 2 });
    expect(importProgress(newer)).toEqual({
      ok: false,
      error:
        'This file was exported by a newer version of the app: format 2 was saved by a newer release (this one reads up to format 1).',
    });
  });
});
