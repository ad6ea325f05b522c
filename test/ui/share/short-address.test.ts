import { describe, expect, it } from 'vitest';
import { shortAddress } from '../../../src/ui/share/short-address';

describe('shortAddress', () => {
  it('drops the scheme and keeps a short link whole', () => {
    expect(shortAddress('https://lab.example.com/#p=async-retries&t=61150')).toBe(
      'lab.example.com/#p=async-retries&t=61150',
    );
  });

  it('keeps the host and path and leaves out the middle of a long fragment', () => {
    const url = `https://lab.example.com/course/lab/#z=${'A'.repeat(20)}${'B'.repeat(300)}${'C'.repeat(20)}`;
    const short = shortAddress(url);
    expect(short).toBe('lab.example.com/course/lab/#z=AAAAAAA…CCCCCCCCC');
    expect(short.startsWith('lab.example.com/course/lab/#z=AAAA')).toBe(true);
    expect(short.endsWith('CCCC')).toBe(true);
    expect(short).toContain('…');
  });
});
