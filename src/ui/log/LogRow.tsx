import { memo, useMemo, useState } from 'react';
import type { Run, TraceEvent } from '../../engine';
import { jumpToEvent } from '../../store';
import { describeEvent, formatTime, isProblem, messageLabel } from '../../view';
import { RuleReceipt } from './RuleReceipt';
import { useRule } from './useRule';

export type RowPhase = 'past' | 'current' | 'future';

interface Props {
  event: TraceEvent;
  run: Run;
  phase: RowPhase;
  selected: boolean;
}

/**
 * One trace event. Memoised on its props: as time moves only the rows whose phase changes
 * re-render, never the whole list.
 */
export const LogRow = memo(function LogRow({ event, run, phase, selected }: Props) {
  const [open, setOpen] = useState(false);
  const text = useMemo(() => describeEvent(event, run), [event, run]);
  const rule = useRule(event.rule, open);
  const receiptId = `receipt-${event.seq}`;
  const classes = ['log-row', `log-row--${phase}`];
  if (selected) classes.push('log-row--selected');
  if (isProblem(event)) classes.push('log-row--problem');
  return (
    <li
      className={classes.join(' ')}
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
