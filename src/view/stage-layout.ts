/**
 * The simulator's stage as a CSS grid: the diagram takes what the open drawers leave. Pure, so
 * which regions show for which drawers is tested without a browser.
 */
export interface StageInput {
  /** A desktop-wide window (≥1100 px): a side column; narrower, one column that scrolls. */
  readonly wide: boolean;
  readonly presenting: boolean;
  readonly metrics: boolean;
  readonly log: boolean;
  /** The side column: details, a node's inspector, the quiz alongside or a lesson. */
  readonly panel: boolean;
  /** A lesson's narration is in the panel: on a phone it goes right under the playback bar. */
  readonly lesson: boolean;
}

export interface StageGrid {
  readonly gridTemplateColumns: string;
  readonly gridTemplateRows: string;
  readonly gridTemplateAreas: string;
}

/** The side column's width on a desktop. */
const PANEL = 'clamp(340px, 26vw, 460px)';

export function stageGrid(s: StageInput): StageGrid {
  if (!s.wide) {
    // In a lesson on a phone the narration and its question come right under the diagram (no
    // fault bar: a lesson breaks things itself), so a question and the boxes it asks about fit
    // on one screen.
    const lesson = s.panel && s.lesson;
    const areas = [
      ...(s.presenting || lesson ? [] : ['faults']),
      'diagram',
      ...(lesson ? ['panel'] : []),
      'playback',
      ...(s.metrics ? ['metrics'] : []),
      ...(s.log ? ['log'] : []),
      ...(s.panel && !s.lesson ? ['panel'] : []),
    ];
    return {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: areas.map(() => 'auto').join(' '),
      gridTemplateAreas: areas.map((a) => `'${a}'`).join(' '),
    };
  }
  const rows: [string, string][] = [
    ...(s.presenting ? [] : [['faults', 'auto'] as [string, string]]),
    ['diagram', 'minmax(0, 1fr)'],
    ['playback', 'auto'],
    ...(s.metrics ? [['metrics', 'auto'] as [string, string]] : []),
    // The log keeps a few rows; the diagram keeps the rest.
    ...(s.log
      ? [['log', s.presenting ? 'minmax(120px, 20%)' : 'minmax(150px, 24%)'] as [string, string]]
      : []),
  ];
  return {
    gridTemplateColumns: s.panel ? `minmax(0, 1fr) ${PANEL}` : 'minmax(0, 1fr)',
    gridTemplateRows: rows.map(([, h]) => h).join(' '),
    gridTemplateAreas: rows
      .map(([a]) => (s.panel ? (a === 'faults' ? `'faults faults'` : `'${a} panel'`) : `'${a}'`))
      .join(' '),
  };
}
