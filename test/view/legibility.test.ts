import { describe, expect, it } from 'vitest';
import { fitViewport, legibleZoom, NODE_TEXT, stageGrid, TEXT_FLOOR } from '../../src/view';

describe('legible zoom', () => {
  it('keeps the smallest body text and titles at their floor for each place', () => {
    for (const v of ['desk', 'present', 'embed', 'phone'] as const) {
      const z = legibleZoom(v);
      expect(NODE_TEXT.body * z).toBeGreaterThanOrEqual(TEXT_FLOOR[v].body);
      expect(NODE_TEXT.title * z).toBeGreaterThanOrEqual(TEXT_FLOOR[v].title);
    }
    expect(legibleZoom('desk')).toBeCloseTo(14 / 12, 6);
    expect(legibleZoom('present')).toBeCloseTo(20 / 12, 6);
    expect(legibleZoom('embed')).toBe(1);
  });
});

describe('fitViewport', () => {
  const box = { x: 0, y: 0, width: 1000, height: 200 };

  it('fits a diagram that fits, centred, as large as the area allows', () => {
    const v = fitViewport(box, { width: 1404, height: 600 }, 'desk');
    // 1000 wide with 4 % each side: 1080 → 1404 / 1080 = 1.3.
    expect(v.zoom).toBeCloseTo(1.3, 6);
    expect(v.pans).toBe(false);
    expect(v.x).toBeCloseTo((1404 - 1300) / 2, 6);
    expect(v.y).toBeCloseTo((600 - 260) / 2, 6);
  });

  it('never shrinks below the legible zoom: the diagram starts at its first box and pans', () => {
    const v = fitViewport(box, { width: 800, height: 600 }, 'desk');
    expect(v.zoom).toBeCloseTo(14 / 12, 6);
    expect(v.pans).toBe(true);
    // Starts at the left with the margin; centred top to bottom, where it fits.
    expect(v.x).toBeCloseTo(0.04 * 1000 * (14 / 12), 6);
    expect(v.y).toBeCloseTo((600 - 200 * (14 / 12)) / 2, 6);
  });

  it('does not blow a small diagram up past its largest zoom', () => {
    expect(
      fitViewport({ x: 0, y: 0, width: 300, height: 100 }, { width: 1900, height: 900 }, 'desk')
        .zoom,
    ).toBe(1.8);
  });
});

describe('stageGrid', () => {
  const desk = {
    wide: true,
    presenting: false,
    metrics: false,
    log: false,
    panel: false,
    lesson: false,
  };

  it('gives the diagram everything when the drawers are closed', () => {
    expect(stageGrid(desk)).toEqual({
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: 'auto minmax(0, 1fr) auto',
      gridTemplateAreas: "'faults' 'diagram' 'playback'",
    });
  });

  it('adds a row per open drawer and a side column for the panel', () => {
    expect(stageGrid({ ...desk, metrics: true, log: true, panel: true })).toEqual({
      gridTemplateColumns: 'minmax(0, 1fr) clamp(340px, 26vw, 460px)',
      gridTemplateRows: 'auto minmax(0, 1fr) auto auto minmax(150px, 24%)',
      gridTemplateAreas:
        "'faults faults' 'diagram panel' 'playback panel' 'metrics panel' 'log panel'",
    });
  });

  it('presenting, drops the fault bar; on a phone, a lesson comes right under the diagram', () => {
    expect(stageGrid({ ...desk, presenting: true }).gridTemplateAreas).toBe("'diagram' 'playback'");
    expect(
      stageGrid({ ...desk, wide: false, log: true, panel: true, lesson: true }).gridTemplateAreas,
    ).toBe("'diagram' 'panel' 'playback' 'log'");
    expect(stageGrid({ ...desk, wide: false, panel: true }).gridTemplateAreas).toBe(
      "'faults' 'diagram' 'playback' 'panel'",
    );
  });
});
