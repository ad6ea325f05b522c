import { useCallback, useEffect, useReducer, useRef } from 'react';
import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import type { Run } from '../../engine';
import { LogRow, type RowPhase } from './LogRow';
import { scrollTopToShow } from './scroll-to-show';

/** A row's height before the browser has measured it (one line of text). */
const ROW_ESTIMATE = 36;
/** Rows rendered beyond the visible ones, so a quick scroll never shows a blank. */
const OVERSCAN = 12;
/** At most this many of the rows happening now stay in the page even when scrolled out of view. */
const CURRENT_KEPT = 200;
/** Row positions are worked out afresh once the list has placed this many new rows (see keyOf). */
const FRESH_POSITIONS = 5_000;
/** How long that work may wait for a moment when the browser is idle, in ms. */
const FRESH_WAIT_MS = 2_000;
/** The box's height until the browser has laid it out (and where there is no layout, as in tests). */
const UNMEASURED_HEIGHT = 600;

interface Props {
  readonly run: Run;
  /** Rows in the list: the whole trace, or only up to now while a lesson's question waits. */
  readonly shown: number;
  readonly happened: number;
  readonly currentFrom: number;
  readonly selected: number | null;
}

/**
 * A long trace's rows: only those in view (and a few around them) are in the page, so a trace of
 * a million events costs the same as one of three hundred; a row's text is worked out only when
 * it is rendered. Its own chunk: short traces (every preset) never need it.
 *
 * While playing, nothing here reads layout: row heights come from a ResizeObserver after the
 * browser's own layout, and keeping the current row in view is worked out from those sizes.
 */
export default function VirtualLog({ run, shown, happened, currentFrom, selected }: Props) {
  const trace = run.trace;
  const box = useRef<HTMLDivElement>(null);
  // Options the virtualizer keys its row positions on must keep their identity between renders:
  // a new function each time makes it re-add the heights of every row of the trace, each render.
  // Except now and then on purpose: the list keeps an object for every row it has placed for as
  // long as its row positions last, so on a long run played through, memory would grow with
  // every row shown. Working the positions out afresh lets those objects go, but it goes over
  // every row of the trace (tens of milliseconds for a few hundred thousand), so it is done once
  // FRESH_POSITIONS new rows have been placed (useRenewAfterPlacing), when the browser is idle.
  const [epoch, renew] = useReducer((e: number) => e + 1, 0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- epoch: a new identity on purpose
  const keyOf = useCallback((i: number) => trace[i]!.seq, [trace, epoch]);
  // Rows not yet seen are taken to be as tall as the first one measured (one line, in the fonts
  // this browser has): when most rows then measure what was assumed, nothing moves and no row
  // positions are worked out again.
  const usual = useRef(0);
  const estimateSize = useCallback(() => usual.current || ROW_ESTIMATE, []);
  const measureElement = useCallback(
    (el: HTMLLIElement, entry: ResizeObserverEntry | undefined, v: RowVirtualizer) => {
      const size = sizeWithoutLayoutRead(el, entry, v);
      if (usual.current === 0 && entry !== undefined) usual.current = size;
      return size;
    },
    [],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing below is memoised on it
  const rows = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: shown,
    getScrollElement: () => box.current,
    estimateSize,
    getItemKey: keyOf,
    overscan: OVERSCAN,
    rangeExtractor: (range) => withCurrentRows(range, currentFrom, happened),
    measureElement,
    observeElementRect: observeBoxRect,
    scrollToFn: scrollWithoutRead,
    useFlushSync: false,
  });
  useKeepRowInView(rows, happened === 0 ? null : currentFrom);
  const items = rows.getVirtualItems();
  useRenewAfterPlacing(items[0]?.index ?? 0, items.length, renew);

  const phaseOf = (i: number): RowPhase =>
    i >= happened ? 'future' : i >= currentFrom ? 'current' : 'past';

  return (
    <div className="event-log__scroll" ref={box}>
      <ol
        className="event-log__list event-log__list--virtual"
        style={{ height: rows.getTotalSize() }}
      >
        {items.map((item) => {
          const e = trace[item.index]!;
          return (
            <LogRow
              key={item.key}
              ref={rows.measureElement}
              index={item.index}
              top={item.start}
              event={e}
              run={run}
              phase={phaseOf(item.index)}
              selected={selected !== null && e.msg === selected}
            />
          );
        })}
      </ol>
    </div>
  );
}

type RowVirtualizer = Virtualizer<HTMLDivElement, HTMLLIElement>;

/** The box's size from its ResizeObserver, with a stand-in height where nothing is laid out. */
const observeBoxRect: VirtualizerOptions<HTMLDivElement, HTMLLIElement>['observeElementRect'] = (
  v,
  report,
) =>
  observeElementRect(v, (rect) =>
    report(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT }),
  );

const scrollWithoutRead: VirtualizerOptions<HTMLDivElement, HTMLLIElement>['scrollToFn'] = (
  offset,
  { adjustments = 0 },
  v,
) => {
  if (v.scrollElement) setScrollTop(v.scrollElement, offset + adjustments);
};

/**
 * The rows in view, and the rows happening now (the last CURRENT_KEPT of them): a moment with
 * hundreds of events keeps them all readable in the page, to find and to assistive technology,
 * wherever the list is scrolled.
 */
function withCurrentRows(range: Range, currentFrom: number, happened: number): number[] {
  const rows = defaultRangeExtractor(range);
  const from = Math.max(currentFrom, happened - CURRENT_KEPT);
  if (happened === 0 || (from >= rows[0]! && happened - 1 <= rows[rows.length - 1]!)) return rows;
  const all = new Set(rows);
  for (let i = from; i < happened; i++) all.add(i);
  return [...all].sort((a, b) => a - b);
}

/**
 * A row's height from its ResizeObserver entry; before that, the last size known or the estimate.
 * Never getBoundingClientRect: reading layout while rows are being added would force the browser
 * to lay the page out again in the middle of a frame.
 */
function sizeWithoutLayoutRead(
  el: HTMLLIElement,
  entry: ResizeObserverEntry | undefined,
  v: RowVirtualizer,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box !== undefined) return Math.round(box.blockSize);
  const index = v.indexFromElement(el);
  return v.itemSizeCache.get(v.options.getItemKey(index)) ?? v.options.estimateSize(index);
}

/**
 * Keep row `index` in view, scrolling only the log's box and only when the row has left the
 * visible part. Worked out from the virtualizer's own record of row positions, the box's height
 * (from its ResizeObserver) and the scroll position (from its scroll events), and written
 * straight to the box: asking the virtualizer to scroll would read the box's scroll height back
 * at once, a forced layout on every update while playing. It runs only when the row changes.
 */
function useKeepRowInView(
  rows: Virtualizer<HTMLDivElement, HTMLLIElement>,
  index: number | null,
): void {
  useEffect(() => {
    const el = rows.scrollElement;
    if (index === null || index >= rows.options.count || el === null) return;
    const item = rows.measurementsCache[index];
    if (item === undefined) return;
    const top = scrollTopToShow(item, {
      top: rows.scrollOffset ?? 0,
      height: rows.scrollRect?.height ?? 0,
      total: rows.getTotalSize(),
    });
    if (top === null) return;
    // At the start of the next frame, when the rows just added are laid out: writing now would
    // make the browser lay them out at once, in the middle of this frame's work.
    const frame = requestAnimationFrame(() => setScrollTop(el, top));
    return () => cancelAnimationFrame(frame);
  }, [rows, index]);
}

/**
 * Call `renew` once the list has placed about FRESH_POSITIONS rows it had not shown before (the
 * first row shown moved on by that many, counting at most the rows shown each time), at a
 * moment the browser is idle: never in the middle of a played frame if it can help it.
 */
function useRenewAfterPlacing(first: number, shown: number, renew: () => void): void {
  const placed = useRef<{ first: number; count: number; cancel: (() => void) | null }>({
    first,
    count: 0,
    cancel: null,
  });
  useEffect(() => {
    const p = placed.current;
    p.count += Math.min(Math.abs(first - p.first), shown);
    p.first = first;
    if (p.count < FRESH_POSITIONS || p.cancel !== null) return;
    p.cancel = whenIdle(() => {
      p.cancel = null;
      p.count = 0;
      renew();
    });
  }, [first, shown, renew]);
  useEffect(() => {
    const p = placed.current;
    return () => {
      p.cancel?.();
      p.cancel = null;
    };
  }, []);
}

/** Run `work` when the browser is idle (or after FRESH_WAIT_MS at the latest); returns a cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: FRESH_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/** Plain assignment (jsdom has no Element.scrollTo), kept out of the hook for the compiler. */
function setScrollTop(el: HTMLDivElement, top: number): void {
  el.scrollTop = top;
}
