/** What the navigator needs to know about one question. */
export interface NavCell {
  readonly answered: boolean;
  readonly flagged: boolean;
}

function label(i: number, c: NavCell): string {
  return `Question ${i + 1}, ${c.answered ? 'answered' : 'not answered'}${c.flagged ? ', flagged' : ''}`;
}

/**
 * Every question of the exam as a numbered square: filled when answered, dashed when not, with
 * an orange border and a flag when flagged for review (a flagged question can be answered too).
 */
export function ExamNavigator({
  ids,
  current,
  cellOf,
  onGo,
}: {
  ids: readonly string[];
  current: number;
  cellOf: (id: string) => NavCell;
  onGo: (index: number) => void;
}) {
  return (
    <nav className="card exam-nav" aria-label="Questions">
      <h3 className="section-title">Questions</h3>
      <ol className="exam-nav__grid">
        {ids.map((id, i) => {
          const c = cellOf(id);
          const classes = [
            'exam-nav__cell',
            c.answered ? 'exam-nav__cell--answered' : 'exam-nav__cell--unanswered',
          ];
          if (c.flagged) classes.push('exam-nav__cell--flagged');
          return (
            <li key={id}>
              <button
                type="button"
                className={classes.join(' ')}
                aria-current={i === current ? 'step' : undefined}
                aria-label={label(i, c)}
                onClick={() => onGo(i)}
              >
                {i + 1}
                {c.flagged && <span aria-hidden="true">⚑</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="exam-nav__legend">
        <li>
          <span className="exam-nav__swatch exam-nav__cell--answered" aria-hidden="true" /> answered
        </li>
        <li>
          <span className="exam-nav__swatch exam-nav__cell--unanswered" aria-hidden="true" /> not
          answered
        </li>
        <li>
          <span className="exam-nav__swatch exam-nav__cell--flagged" aria-hidden="true" /> ⚑ flagged
          for review
        </li>
      </ul>
    </nav>
  );
}
