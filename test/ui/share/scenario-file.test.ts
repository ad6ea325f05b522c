import { describe, expect, it } from 'vitest';
import { PRESETS, presetScenario } from '../../../src/store/scenario';
import {
  readScenarioFile,
  scenarioFileName,
  scenarioFileText,
} from '../../../src/ui/share/scenario-file';
import { qrSvgDataUrl } from '../../../src/ui/share/qr-svg';
import { sentence } from '../../../src/ui/share/sentence';

describe('scenario files', () => {
  it('round-trips every built-in scenario exactly', () => {
    for (const { id } of PRESETS) {
      const scenario = presetScenario(id);
      const read = readScenarioFile(scenarioFileText(scenario));
      expect(read, id).toEqual({ ok: true, scenario });
    }
  });

  it('names the file after the title', () => {
    expect(scenarioFileName('Async retries, then the DLQ')).toBe('async-retries-then-the-dlq.json');
    expect(scenarioFileName('Café: 100% “cold” starts')).toBe('cafe-100-cold-starts.json');
    expect(scenarioFileName('***')).toBe('scenario.json');
    expect(scenarioFileName('a'.repeat(59) + ' b c')).toBe(`${'a'.repeat(59)}.json`);
  });

  it('refuses what is not a scenario, naming the field', () => {
    expect(readScenarioFile('{"version": 1,')).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^not valid JSON: /) as string }],
    });
    expect(readScenarioFile('[1]')).toEqual({
      ok: false,
      errors: [{ path: '', message: 'a scenario file holds one JSON object' }],
    });
    expect(readScenarioFile('{"version": 1, "durationMs": -5}')).toMatchObject({
      ok: false,
      errors: [{ path: 'durationMs' }],
    });
  });

  it('refuses markup and prototype keys as a link does', () => {
    expect(readScenarioFile('{"version": 1, "name": "<img src=x onerror=alert(1)>"}')).toEqual({
      ok: false,
      errors: [
        {
          path: 'name',
          message: 'contains HTML markup ("<img src=x o"), which a scenario may not carry',
        },
      ],
    });
    expect(readScenarioFile('{"version": 1, "function": {"__proto__": {"x": 1}}}')).toEqual({
      ok: false,
      errors: [{ path: 'function', message: 'the key "__proto__" is not allowed in a scenario' }],
    });
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(readScenarioFile(' '.repeat(1_048_577))).toEqual({
      ok: false,
      errors: [{ path: '', message: 'the file is too large (over 1,048,576 bytes)' }],
    });
  });
});

describe('QR codes', () => {
  it('draws a link as an SVG data URL, dark on white', async () => {
    const src = await qrSvgDataUrl('https://example.org/#p=async-retries&t=70000');
    expect(src).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    const svg = decodeURIComponent(src!.split(',')[1]!);
    expect(svg).toContain('<path fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
  });

  it('says a link is too long for any QR code (2,953 bytes at most)', async () => {
    expect(await qrSvgDataUrl('x'.repeat(2953))).not.toBeNull();
    expect(await qrSvgDataUrl('x'.repeat(2954))).toBeNull();
  });
});

describe('reasons as sentences', () => {
  it('capitalises words but not field names', () => {
    expect(sentence('the link is damaged')).toBe('The link is damaged.');
    expect(sentence('scenario.name: too long')).toBe('scenario.name: too long.');
    expect(sentence("the link's scenario is not valid:")).toBe("The link's scenario is not valid:");
  });
});
