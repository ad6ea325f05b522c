import { useLayoutEffect, useRef } from 'react';
import { useNarrationStore, usePlaybackStore, useRun } from '../../store';
import { metricsOf, playbackEnd } from '../../view';
import { MetricChart } from './MetricChart';
import './metrics.css';

/**
 * Small charts of the run over simulated time, with the playhead. The charts are drawn once per
 * run; on each frame only one CSS variable (where the playhead is, on each playhead and curve)
 * changes, and the figures ten times a second.
 */
export function MetricsStrip({ className = '' }: { className?: string }) {
  const run = useRun();
  const metrics = metricsOf(run);
  // While a lesson's question waits, the curves stop at the playhead: the rest is the answer.
  const hideFuture = useNarrationStore((s) => s.hideFuture);
  const strip = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const end = playbackEnd(run);
    // Set on the playheads and curves themselves, not on the strip: a custom property changed
    // on the strip would restyle everything inside it, every frame.
    const readers = [
      ...(strip.current?.querySelectorAll<HTMLElement | SVGElement>(
        '.metric__playhead, .metric__svg',
      ) ?? []),
    ];
    const place = (t: number) => {
      const at = String(end > 0 ? Math.min(1, t / end) : 0);
      for (const el of readers) el.style.setProperty('--playhead', at);
    };
    place(usePlaybackStore.getState().t);
    // A transient subscription: moving the playhead re-renders nothing.
    return usePlaybackStore.subscribe((s) => place(s.t));
  }, [run]);
  if (metrics.length === 0) return null;
  return (
    <section
      ref={strip}
      className={`card metrics ${hideFuture ? 'metrics--to-now' : ''} ${className}`}
      aria-label="Metrics over time"
    >
      <ul className="metrics__list">
        {metrics.map((m) => (
          <li key={m.id} className="metrics__item">
            <MetricChart metric={m} />
          </li>
        ))}
      </ul>
    </section>
  );
}
