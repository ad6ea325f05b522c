import '@testing-library/jest-dom/vitest';
import { loadFamilies } from '../src/store/families';
import { loadEngine } from '../src/store/run';
import { loadPresets } from '../src/store/scenario';
import { afterEach, beforeEach } from 'vitest';
import { useDrawersStore } from '../src/store/drawers';
import { useWelcomeStore } from '../src/store/welcome';
import { cleanup, configure } from '@testing-library/react';

// Lazily loaded parts (settings, tools, families) take well over the default 1 s to appear when
// the machine is busy with other work (see scripts/busy-cores.mjs): waiting longer for something
// that will come is not a weaker test, since a missing element still fails at the timeout.
configure({ asyncUtilTimeout: 30_000 });

// jsdom lacks the layout APIs React Flow measures with; these stand-ins let it render nodes/edges.
class ResizeObserverStandIn {
  private readonly cb: ResizeObserverCallback;
  constructor(cb: ResizeObserverCallback) {
    this.cb = cb;
  }
  observe(target: Element) {
    // Must be async: React Flow registers its container in a parent effect after node effects.
    setTimeout(() => {
      this.cb([{ target } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }, 0);
  }
  unobserve() {}
  disconnect() {}
}
class DOMMatrixReadOnlyStandIn {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}
globalThis.ResizeObserver ??= ResizeObserverStandIn as unknown as typeof ResizeObserver;
// jsdom has no 2D canvas: its getContext prints "not implemented" and gives null. The token
// canvas already paints nothing without a context (tests read its data-tokens instead), so say
// null quietly and keep the test output readable.
HTMLCanvasElement.prototype.getContext = (() =>
  null) as typeof HTMLCanvasElement.prototype.getContext;
globalThis.DOMMatrixReadOnly ??= DOMMatrixReadOnlyStandIn as unknown as typeof DOMMatrixReadOnly;
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return parseFloat(this.style.height) || 1;
    },
  },
  offsetWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return parseFloat(this.style.width) || 1;
    },
  },
});
(SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
  ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;

// Tests of what the panels show start with every drawer open, as if the person had opened them;
// the drawers' own defaults and memory are tested in test/ui/stage/drawers.test.tsx.
// The first-visit welcome starts dismissed too (test/ui/stage/welcome.test.tsx shows it).
beforeEach(() => {
  const all = { metrics: true, log: true, details: true };
  useDrawersStore.setState({ desk: all, present: all });
  useWelcomeStore.setState({ open: false });
});

afterEach(() => {
  cleanup();
  // The app writes share links into the address as it runs: each test starts again from "/".
  window.history.replaceState(null, '', '/');
});

// The app fetches the engine's source families when a scenario first needs them; tests have them
// from the start.
await loadFamilies();
// Every preset's document and the engine, as the app has them soon after its first paint.
await Promise.all([loadPresets(), loadEngine()]);
