import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/view/parse-time';

describe('a time typed by a person', () => {
  it('reads the clock form the app shows', () => {
    expect(parseTime('1:01.150')).toBe(61_150);
    expect(parseTime('0:05')).toBe(5_000);
    expect(parseTime('1:02:03.5')).toBe(3_723_500);
  });

  it('reads plain seconds and times with a unit', () => {
    expect(parseTime('61.15')).toBe(61_150);
    expect(parseTime('65 s')).toBe(65_000);
    expect(parseTime('500 ms')).toBe(500);
    expect(parseTime('2 min')).toBe(120_000);
    expect(parseTime('1.5h')).toBe(5_400_000);
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'soon', '1:75', '1:60:00', '-3', '3 days', '1:2:3:4'])
      expect(parseTime(bad)).toBeNull();
  });
});
