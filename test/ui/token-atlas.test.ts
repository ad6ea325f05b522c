import { describe, expect, it } from 'vitest';
import {
  SHEET_PX,
  TokenAtlas,
  type AtlasContext,
  type AtlasSheet,
  type StampTarget,
} from '../../src/ui/diagram/token-atlas';
import type { Sprite } from '../../src/ui/diagram/token-sprites';

const COLOURS = {
  tone: {
    sync: '#1f5fd1',
    async: '#6d3fc4',
    event: '#b0186e',
    poll: '#6d3fc4',
    retry: '#b25e00',
    failure: '#b42318',
    success: '#16723a',
  },
  surface: '#fff',
  text: '#111',
  onFill: '#fff',
  muted: '#666',
  font: 'sans-serif',
};

/** A sheet that records what is drawn on it; every glyph is 8 px wide at 13–15 px. */
function fakeSheet() {
  const drawn: string[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineJoin: 'miter',
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    beginPath() {},
    arc() {
      drawn.push('arc');
    },
    roundRect() {
      drawn.push('roundRect');
    },
    fill() {},
    stroke() {},
    setLineDash() {},
    setTransform() {},
    clearRect() {
      drawn.push('wipe');
    },
    fillText(text: string) {
      drawn.push(`text ${text}`);
    },
    strokeText() {},
    measureText(text: string) {
      return { width: 8 * text.length } as TextMetrics;
    },
  } as unknown as AtlasContext;
  const sheet: AtlasSheet = { width: SHEET_PX, height: SHEET_PX, getContext: () => ctx };
  return { sheet, drawn };
}

function target() {
  const copies: Array<{ sx: number; sy: number; dx: number; dy: number; w: number }> = [];
  const t: StampTarget = {
    drawImage: (_img, sx, sy, sw, _sh, dx, dy) => copies.push({ sx, sy, dx, dy, w: sw }),
  };
  return { t, copies };
}

function token(msg: number, over: Partial<Sprite> = {}): Sprite {
  return {
    msg,
    shape: 'event',
    tone: 'async',
    x: 0,
    y: 0,
    number: String(msg + 1),
    label: '',
    labelAt: 'below',
    selected: false,
    ...over,
  };
}

describe('the token atlas', () => {
  it('draws each look and digit once, however many tokens are copied from it', () => {
    const { sheet, drawn } = fakeSheet();
    const atlas = new TokenAtlas(COLOURS, 1, sheet);
    const tokens = Array.from({ length: 600 }, (_, i) => token(i));
    for (const s of tokens) expect(atlas.prepare(s, 13)).toBe(true);
    const { t, copies } = target();
    for (const s of tokens) expect(atlas.stamp(t, s, 100, 50, 13, 80)).toBe(true);
    // One circle for the async look, and the ten digits once in each size: 15 units for numbers
    // of up to two digits, 12 for three. Nothing more on the sheet.
    expect(drawn.filter((d) => d === 'arc')).toHaveLength(1);
    const digits = [...'0123456789'].map((d) => `text ${d}`);
    expect(drawn.filter((d) => d.startsWith('text')).sort()).toEqual([...digits, ...digits].sort());
    expect(atlas.size).toBe(21);
    // Per token: its body, then one copy per digit (9 tokens of 1 digit, 90 of 2, 501 of 3).
    expect(copies).toHaveLength(600 + 9 + 90 * 2 + 501 * 3);
  });

  it('centres a number on its token and rounds copies to whole device pixels', () => {
    const { sheet } = fakeSheet();
    const atlas = new TokenAtlas(COLOURS, 2, sheet);
    const s = token(11); // "12"
    atlas.prepare(s, 13);
    const { t, copies } = target();
    atlas.stamp(t, s, 100.4, 50, 13, 80);
    const [body, one, two] = copies;
    // An event is 16 flow units from its centre, with 3 of room: 38 units, 76 device px wide.
    expect(body).toMatchObject({ dx: 62, w: 76 });
    // Two 8-unit glyphs (16 device px each at scale 2) centred on 100.4; each image has 9 px of
    // room before its pen position.
    expect(one!.dx).toBe(Math.round(100.4 - 16 - 9));
    expect(two!.dx).toBe(Math.round(100.4 - 9));
  });

  it('copies nothing of a token it was not asked to prepare, so the caller draws it as paths', () => {
    const { sheet } = fakeSheet();
    const atlas = new TokenAtlas(COLOURS, 1, sheet);
    atlas.prepare(token(0), 13);
    const { t, copies } = target();
    expect(atlas.stamp(t, token(0, { tone: 'failure' }), 0, 0, 13, 0)).toBe(false);
    expect(atlas.stamp(t, token(0, { label: '32 s' }), 0, 0, 13, 0)).toBe(false);
    expect(copies).toHaveLength(0);
  });

  it('wipes the sheet when it is full rather than grow', () => {
    const { sheet, drawn } = fakeSheet();
    const atlas = new TokenAtlas(COLOURS, 1, sheet);
    // Countdowns are stamps of their own: thousands of different ones fill the sheet.
    for (let i = 0; i < 5_000; i++) atlas.prepare(token(0, { label: `${i} s` }), 13);
    expect(atlas.wipes).toBeGreaterThan(0);
    expect(drawn.filter((d) => d === 'wipe')).toHaveLength(atlas.wipes);
    expect(atlas.size).toBeLessThan(5_000);
  });
});
