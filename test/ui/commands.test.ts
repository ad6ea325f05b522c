import { beforeEach, describe, expect, it } from 'vitest';
import {
  commandForKey,
  commands,
  commandState,
  runCommand,
  shortcutHint,
} from '../../src/commands';
import { DEFAULT_PRESET, resetAll, usePlaybackStore } from '../../src/store';

beforeEach(() => resetAll(DEFAULT_PRESET));

const state = () => usePlaybackStore.getState();

describe('the command registry', () => {
  it('gives every command its own id and maps the playback keys', () => {
    const ids = commands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(commandForKey(' ')?.id).toBe('play-pause');
    expect(commandForKey('.')?.id).toBe('play-pause');
    expect(commandForKey('ArrowRight')?.id).toBe('step-forward');
    expect(commandForKey('ArrowLeft')?.id).toBe('step-back');
    expect(commandForKey('Home')?.id).toBe('restart');
    expect(commandForKey('+')?.id).toBe('speed-up');
    expect(commandForKey('-')?.id).toBe('speed-down');
    expect(shortcutHint('play-pause')).toBe('Space or .');
  });

  it('shares a key only between a lesson step and the clicker step it stands in for', () => {
    // The blank screen's "show it again" takes its keys only while the screen is blank.
    const unblank = commands.find((c) => c.id === 'presentation-unblank');
    expect(unblank?.standIn).toBe(true);
    expect(unblank?.keys).toEqual(['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', '.', ' ']);
    const owners = new Map<string, string[]>();
    for (const c of commands)
      if (c !== unblank) for (const k of c.keys) owners.set(k, [...(owners.get(k) ?? []), c.id]);
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([
      ['PageDown', ['lesson-next', 'clicker-next']],
      ['PageUp', ['lesson-back', 'clicker-previous']],
    ]);
  });

  it('cannot step back or restart at the start, nor step past the last event', () => {
    expect(runCommand('step-back')).toBe(false);
    expect(runCommand('restart')).toBe(false);
    usePlaybackStore.setState({ t: 187_500 });
    expect(runCommand('step-forward')).toBe(false);
    expect(runCommand('step-back')).toBe(true);
    expect(state().t).toBe(186_700);
  });

  it('pauses when stepping', () => {
    runCommand('play-pause');
    expect(state().playing).toBe(true);
    runCommand('step-forward');
    expect(state()).toMatchObject({ playing: false, t: 100 });
  });

  it('plays from the start again once at the end', () => {
    usePlaybackStore.setState({ t: commandState().run.endTime });
    runCommand('play-pause');
    expect(state()).toMatchObject({ playing: true, t: 0 });
  });

  it('halves and doubles speed, clamped to 0.01–100', () => {
    for (let i = 0; i < 10; i++) runCommand('speed-down');
    expect(state().speed).toBe(0.01);
    expect(runCommand('speed-down')).toBe(false);
    for (let i = 0; i < 20; i++) runCommand('speed-up');
    expect(state().speed).toBe(100);
    runCommand('speed-down');
    expect(state().speed).toBe(50);
  });
});
