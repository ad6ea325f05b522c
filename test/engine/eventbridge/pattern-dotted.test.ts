import { describe, expect, it } from 'vitest';
import {
  explainMatch,
  matchPattern,
  validatePattern,
} from '../../../src/engine/eventbridge/pattern';

/** EventBridge flattens events and patterns to dotted paths: a dotted key is its nested path. */
describe('keys that contain dots', () => {
  const nestedEvent = { source: 'shop', detail: { state: 'running', size: { gb: 8 } } };
  const dottedEvent = { source: 'shop', 'detail.state': 'running', 'detail.size.gb': 8 };

  it('a dotted pattern key matches the nested event field, and a nested pattern the dotted key', () => {
    const dotted = { 'detail.state': ['running'] };
    const nested = { detail: { state: ['running'] } };
    expect(
      [dotted, nested].flatMap((p) => [matchPattern(p, nestedEvent), matchPattern(p, dottedEvent)]),
    ).toEqual([true, true, true, true]);
    expect(matchPattern({ 'detail.size.gb': [{ numeric: ['>', 4] }] }, nestedEvent)).toBe(true);
    expect(matchPattern({ detail: { 'size.gb': [8] } }, dottedEvent)).toBe(true);
    expect(matchPattern({ 'detail.state': ['stopped'] }, dottedEvent)).toBe(false);
  });

  it('merges a dotted key with nested keys of the same object, and explains by the full path', () => {
    const p = { 'detail.state': ['running'], detail: { size: { gb: [16] } } };
    expect(matchPattern(p, nestedEvent)).toBe(false);
    expect(explainMatch(p, nestedEvent).failures).toEqual(
      [
        { path: 'detail.state', operator: 'equals', reason: expect.any(String) },
        { path: 'detail.size.gb', operator: 'equals', reason: 'value 8 is not 16' },
      ].slice(1),
    );
  });

  it('sees both spellings of one field in an event, as an array of values', () => {
    const both = { detail: { state: 'running' }, 'detail.state': 'stopped' };
    expect(matchPattern({ detail: { state: ['stopped'] } }, both)).toBe(true);
    expect(matchPattern({ detail: { state: ['running'] } }, both)).toBe(true);
    expect(matchPattern({ detail: { state: ['pending'] } }, both)).toBe(false);
  });

  it('refuses a field given twice, once dotted and once nested', () => {
    expect(validatePattern({ 'detail.state': ['a'], detail: { state: ['b'] } })).toEqual({
      ok: false,
      error:
        'detail.state: this field is given twice (as a dotted name and as nested fields); give it once',
    });
  });

  it('refuses a field that is both a value and, through a dotted name, a parent', () => {
    const message =
      'detail.state: this field is matched as a value and, through a dotted name, also has nested fields; the simulator cannot match one field both ways, so match either the value or the nested fields';
    expect(validatePattern({ detail: { state: ['a'] }, 'detail.state.code': [1] })).toEqual({
      ok: false,
      error: message,
    });
    expect(validatePattern({ 'detail.state.code': [1], 'detail.state': ['a'] })).toEqual({
      ok: false,
      error: message,
    });
  });

  it('keeps "__proto__" an ordinary field name in dotted keys', () => {
    expect(matchPattern({ '__proto__.x': [1] }, JSON.parse('{"__proto__": {"x": 1}}'))).toBe(true);
    expect(matchPattern({ '__proto__.x': [1] }, { y: 1 })).toBe(false);
  });
});
