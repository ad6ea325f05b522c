import { describe, expect, it } from 'vitest';
import { scrollTopToShow } from '../../src/ui/log/scroll-to-show';

describe('keeping the log row of now in view', () => {
  const box = { top: 360, height: 600, total: 36_000 };

  it('leaves the box alone while the row is fully in sight', () => {
    expect(scrollTopToShow({ start: 360, end: 396 }, box)).toBeNull();
    expect(scrollTopToShow({ start: 924, end: 960 }, box)).toBeNull();
  });

  it('brings a row out of sight a third of the way down, either way', () => {
    expect(scrollTopToShow({ start: 960, end: 996 }, box)).toBe(760);
    expect(scrollTopToShow({ start: 324, end: 360 }, box)).toBe(124);
  });

  it('never scrolls before the top or past the bottom', () => {
    expect(scrollTopToShow({ start: 72, end: 108 }, { ...box, top: 720 })).toBe(0);
    expect(scrollTopToShow({ start: 35_964, end: 36_000 }, box)).toBe(35_400);
  });

  it('does nothing before the box has a height', () => {
    expect(scrollTopToShow({ start: 9_000, end: 9_036 }, { ...box, height: 0 })).toBeNull();
  });
});
