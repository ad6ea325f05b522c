import { describe, expect, it } from 'vitest';
import { fullAppLocation, isEmbed } from '../../../src/ui/embed/embed-route';

describe('the embedded view in the address', () => {
  it('is ?embed=1 and nothing else', () => {
    expect(isEmbed('?embed=1')).toBe(true);
    expect(isEmbed('?tool=quiz&embed=1')).toBe(true);
    expect(isEmbed('')).toBe(false);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('?embed=true')).toBe(false);
  });

  it('links to the full app at the same fragment, other parameters untouched', () => {
    const hash = '#p=async-retries&t=70000';
    expect(fullAppLocation({ pathname: '/', search: '?embed=1', hash })).toBe(`/${hash}`);
    expect(fullAppLocation({ pathname: '/lab/', search: '?a=%20b&embed=1&c', hash })).toBe(
      `/lab/?a=%20b&c${hash}`,
    );
  });
});
