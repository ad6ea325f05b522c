import { describe, expect, it } from 'vitest';
import { locationForTool, toolFromSearch } from '../../src/ui/nav/route';

const loc = (search: string, hash = '', pathname = '/') => ({ pathname, search, hash });

describe('the tool in the URL', () => {
  it('reads ?tool=, and treats anything else as the simulator', () => {
    expect(toolFromSearch('')).toBe('simulator');
    expect(toolFromSearch('?tool=patterns')).toBe('patterns');
    expect(toolFromSearch('?a=1&tool=schedules')).toBe('schedules');
    expect(toolFromSearch('?tool=quiz')).toBe('quiz');
    expect(toolFromSearch('?tool=reference')).toBe('reference');
    expect(toolFromSearch('?tool=lessons')).toBe('lessons');
    expect(toolFromSearch('?tool=nope')).toBe('simulator');
    expect(toolFromSearch('?tool=')).toBe('simulator');
  });

  it('adds, replaces and removes only the tool parameter', () => {
    expect(locationForTool(loc(''), 'patterns')).toBe('/?tool=patterns');
    expect(locationForTool(loc('?tool=patterns'), 'simulator')).toBe('/');
    expect(locationForTool(loc('?a=1&tool=patterns&b=2'), 'schedules')).toBe(
      '/?a=1&tool=schedules&b=2',
    );
    expect(locationForTool(loc('?a=1&tool=patterns&b=2'), 'simulator')).toBe('/?a=1&b=2');
    expect(locationForTool(loc('?tool=a&tool=b'), 'patterns')).toBe('/?tool=patterns');
  });

  it('keeps the path, the other parameters as written, and the fragment', () => {
    expect(locationForTool(loc('?q=a+b&r=%7E', '#s=x%20y', '/lab/'), 'patterns')).toBe(
      '/lab/?q=a+b&r=%7E&tool=patterns#s=x%20y',
    );
    expect(locationForTool(loc('?flag', '#frag'), 'simulator')).toBe('/?flag#frag');
    expect(locationForTool(loc('', '#only'), 'schedules')).toBe('/?tool=schedules#only');
  });
});
