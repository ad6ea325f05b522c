import { memo, useMemo, useState, type Ref } from 'react';
import type { Run, TraceEvent } from '../../engine';
import { jumpToEvent } from '../../store';
import { describeEvent, formatTime, isProblem, messageLabel } from '../../view';
import { RuleReceipt } from './RuleReceipt';
import { useRule } from './useRule';

export type RowPhase = 'past' | 'current' | 'future';

interface Props {
  /** In the virtual list: its measuring ref (a ResizeObserver reads the row's height)… */
  ref?: Ref<HTMLLIElement>;
  /** …the row's place in the trace, and where the list puts it (px from the list's top). */
  index?: number;
  top?: number;
  event: TraceEvent;
  run: Run;
  phase: RowPhase;
  selected: boolean;
}

/**
 * One trace event. Memoised on its props: as time moves only the rows whose phase changes
 * re-render, never the whole list; its sentence is worked out once, when it is first rendered.
 */
export const LogRow = memo(function LogRow({
  ref,
  index,
  top,
  event,
  run,
  phase,
  selected,
}: Props) {
  const [open, setOpen] = useState(false);
  const text = useMemo(() => describeEvent(event, run), [event, run]);
  const rule = useRule(event.rule, open);
  const receiptId = `receipt-${event.seq}`;
  const classes = ['log-row', `log-row--${phase}`];
  if (selected) classes.push('log-row--selected');
  if (isProblem(event)) classes.push('log-row--problem');
  return (
    <li
      ref={ref}
      className={classes.join(' ')}
      data-index={index}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
      data-seq={event.seq}
      aria-current={phase === 'current' ? 'step' : undefined}
    >
      <button
        type="button"
        className="log-row__main"
        onClick={() => jumpToEvent(event.t, event.msg)}
      >
        <span className="log-row__time">{formatTime(event.t)}</span>
        <span className="log-row__msg">{messageLabel(event.msg)}</span>
        <span className="log-row__text">{text}</span>
      </button>
      <button
        type="button"
        className="log-row__why"
        aria-expanded={open}
        aria-controls={open ? receiptId : undefined}
        title="The rule behind this event, with its AWS source"
        onClick={() => setOpen((o) => !o)}
      >
        why?
      </button>
      {open && (rule ? <RuleReceipt id={receiptId} rule={rule} /> : <div id={receiptId} />)}
    </li>
  );
});
