import { describe, expect, it } from 'vitest';
import { uniqueBy, uniqueErrors } from '../../src/view/unique-lines';

describe('error lines shown once', () => {
  it('drops repeats of the same field and message, keeping the first and the order', () => {
    expect(
      uniqueErrors([
        { path: 'function.memoryMb', message: 'must be at least 128' },
        { path: 'workloads.0.id', message: 'is required' },
        { path: 'function.memoryMb', message: 'must be at least 128' },
        { path: 'function.memoryMb', message: 'must be a whole number' },
        { path: '', message: 'is required' },
      ]),
    ).toEqual([
      { path: 'function.memoryMb', message: 'must be at least 128' },
      { path: 'workloads.0.id', message: 'is required' },
      { path: 'function.memoryMb', message: 'must be a whole number' },
      { path: '', message: 'is required' },
    ]);
  });

  it('works on plain lines', () => {
    expect(uniqueBy(['a: x', 'b: y', 'a: x'], (l) => l)).toEqual(['a: x', 'b: y']);
  });
});
