import { useEffect, useRef } from 'react';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useReadoutStore, useRun, useSelectionStore } from '../../store';
import { eventsBefore, eventsUpTo, plural } from '../../view';
import { LogRow, type RowPhase } from './LogRow';
import './log.css';

/** A row's height before the browser has measured it (one line of text). */
const ROW_ESTIMATE = 36;
/** Rows rendered beyond the visible ones, so a quick scroll never shows a blank. */
const OVERSCAN = 12;
/** A trace this short is rendered whole: nothing to save, and every row is in the page. */
const RENDER_ALL = 300;
/** The box's height until the browser has laid it out (and where there is no layout, as in tests). */
const UNMEASURED_HEIGHT = 600;

/**
 * The whole trace as readable rows. Rows up to t read normally, the latest ones are
 * highlighted, later ones are dimmed. Only the rows in view (and a few around them) are in the
 * page, so a trace of a million events costs the same as one of twenty; a row's text is worked
 * out only when it is rendered.
 *
 * While playing, nothing here reads layout: row heights come from a ResizeObserver after the
 * browser's own layout, and keeping the current row in view is worked out from those sizes.
 */
export function EventLog({ className = '' }: { className?: string }) {
  const run = useRun();
  const trace = run.trace;
  // A count, not t: the log re-renders when an event happens, not on every frame.
  const happened = useReadoutStore((s) => eventsUpTo(run, s.t));
  const selected = useSelectionStore((s) => s.message);
  const currentFrom = happened === 0 ? 0 : eventsBefore(run, trace[happened - 1]!.t);
  const box = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: trace.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => trace[i]!.seq,
    overscan: trace.length <= RENDER_ALL ? RENDER_ALL : OVERSCAN,
    measureElement: sizeWithoutLayoutRead,
    observeElementRect: (v, report) =>
      observeElementRect(v, (rect) =>
        report(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT }),
      ),
    scrollToFn: (offset, { adjustments = 0 }, v) => {
      if (v.scrollElement) setScrollTop(v.scrollElement, offset + adjustments);
    },
    useFlushSync: false,
  });
  useKeepInView(rows, happened === 0 ? null : currentFrom);

  const phaseOf = (i: number): RowPhase =>
    i >= happened ? 'future' : i >= currentFrom ? 'current' : 'past';

  return (
    <section className={`card event-log ${className}`} aria-labelledby="event-log-title">
      <div className="event-log__head">
        <h2 id="event-log-title" className="event-log__title">
          Event log
        </h2>
        <p className="event-log__count">
          {happened} of {plural(trace.length, 'event')} so far
        </p>
      </div>
      <div className="event-log__scroll" ref={box}>
        <ol className="event-log__list" style={{ height: rows.getTotalSize() }}>
          {rows.getVirtualItems().map((item) => {
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
        {trace.length === 0 && <p className="event-log__more">Nothing happens in this scenario.</p>}
      </div>
    </section>
  );
}

/**
 * A row's height from its ResizeObserver entry; before that, the last size known or the estimate.
 * Never getBoundingClientRect: reading layout while rows are being added would force the browser
 * to lay the page out again in the middle of a frame.
 */
function sizeWithoutLayoutRead(
  el: HTMLLIElement,
  entry: ResizeObserverEntry | undefined,
  v: Virtualizer<HTMLDivElement, HTMLLIElement>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box !== undefined) return Math.round(box.blockSize);
  const key = v.options.getItemKey(v.indexFromElement(el));
  return v.itemSizeCache.get(key) ?? ROW_ESTIMATE;
}

/**
 * Keep row `index` in view, scrolling only the log's box and only when the row has left the
 * visible part. Worked out from the virtualizer's own record of sizes and scroll position: a
 * write with no layout read.
 */
function useKeepInView(
  rows: Virtualizer<HTMLDivElement, HTMLLIElement>,
  index: number | null,
): void {
  useEffect(() => {
    if (index === null || index >= rows.options.count) return;
    const item = rows.measurementsCache[index];
    const height = rows.scrollRect?.height ?? 0;
    if (item === undefined || height <= 0) return;
    const top = rows.scrollOffset ?? 0;
    if (item.start >= top && item.end <= top + height) return;
    // A third of the way down: the rows just before now stay in sight.
    rows.scrollToOffset(Math.max(0, item.start - height / 3));
  }, [rows, index]);
}

/** Plain assignment (jsdom has no Element.scrollTo), kept out of the hook for the compiler. */
function setScrollTop(el: HTMLDivElement, top: number): void {
  el.scrollTop = top;
}
