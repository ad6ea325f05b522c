import { beforeEach, describe, expect, it } from 'vitest';
import { lessonById, resolveLesson } from '../../src/lessons';
import {
  DEFAULT_PRESET,
  presetScenario,
  resetAll,
  runOf,
  usePlaybackStore,
  useScenarioStore,
} from '../../src/store';
import {
  answerStep,
  nextOrReveal,
  questionWaiting,
  REVEALED,
  tallyOf,
  controlPlayback,
  endSession,
  nextStep,
  previousStep,
  startLesson,
  useLessonSession,
} from '../../src/ui/lessons/session';

let unsubscribe = () => {};

async function open(id: string, step = 0) {
  const lesson = lessonById(id)!;
  const r = resolveLesson(lesson, (p) => runOf(presetScenario(p)));
  if (!r.ok) throw new Error(id);
  unsubscribe = usePlaybackStore.subscribe(controlPlayback);
  await startLesson(lesson, r.steps, step);
}

/** What the playback loop does: move t forward while playing, in 16 ms frames. */
function playFrames(frames: number) {
  for (let i = 0; i < frames; i++) {
    const { t, playing, speed } = usePlaybackStore.getState();
    if (!playing) return;
    usePlaybackStore.setState({ t: t + 16 * speed });
  }
}

const session = () => useLessonSession.getState().session!;
const playback = () => usePlaybackStore.getState();
const preset = () => useScenarioStore.getState().presetId;

beforeEach(() => {
  unsubscribe();
  endSession();
  resetAll(DEFAULT_PRESET);
});

describe('a lesson session', () => {
  it('opens at a step: its scenario, paused at its exact time', async () => {
    await open('async-retries-dlq-destinations', 3);
    expect(preset()).toBe('async-retries');
    expect(playback()).toMatchObject({ t: 182_750, playing: false });
    expect(session()).toMatchObject({ step: 3, travelling: false });
  });

  it('plays to the next step and pauses exactly at its event, putting the speed back', async () => {
    await open('async-retries-dlq-destinations', 1);
    usePlaybackStore.setState({ speed: 2 });
    // Step 2 is a question at 1.15 s → 61.95 s: played at 32×.
    await nextStep();
    expect(session()).toMatchObject({ step: 2, travelling: true });
    expect(playback()).toMatchObject({ playing: true, speed: 32 });
    playFrames(1_000);
    expect(playback()).toMatchObject({ t: 61_950, playing: false, speed: 2 });
    expect(session()).toMatchObject({ step: 2, travelling: false });
  });

  it('does not go past a question until it is answered; Next after the answer plays the reveal', async () => {
    await open('async-retries-dlq-destinations', 2);
    await nextStep();
    expect(session().step).toBe(2);
    // Play pressed by hand: the question holds the playhead.
    usePlaybackStore.setState({ playing: true });
    playFrames(10);
    expect(playback()).toMatchObject({ t: 61_950, playing: false });
    answerStep('destination');
    // The choice stays on screen beside the right answer until the learner moves on.
    expect(session()).toMatchObject({ step: 2, travelling: false, answers: { 2: 'destination' } });
    await nextStep();
    expect(session()).toMatchObject({ step: 3, travelling: true });
    playFrames(1_000);
    expect(playback()).toMatchObject({ t: 182_750, playing: false });
  });

  it('Back restores the exact time and the previous step’s scenario', async () => {
    await open('async-retries-dlq-destinations', 4);
    expect(preset()).toBe('async-destinations');
    expect(playback().t).toBe(650);
    await previousStep();
    expect(preset()).toBe('async-retries');
    expect(playback()).toMatchObject({ t: 182_750, playing: false });
    expect(session().step).toBe(3);
    // Next again: a new scenario starts from 0 and plays to the step.
    await nextStep();
    expect(preset()).toBe('async-destinations');
    playFrames(1_000);
    expect(playback()).toMatchObject({ t: 650, playing: false });
  });

  it('Next while playing to a step skips straight to it; Back while playing returns', async () => {
    await open('versions-cold-starts', 3);
    answerStep('on-demand');
    await nextStep();
    expect(session()).toMatchObject({ step: 4, travelling: true });
    await previousStep();
    expect(session()).toMatchObject({ step: 3, travelling: false });
    expect(playback()).toMatchObject({ t: 65_400, playing: false });
    await nextStep();
    await nextStep();
    expect(session()).toMatchObject({ step: 4, travelling: false });
    expect(playback().t).toBe(120_000);
  });

  it('a presenter’s Next at a question reveals it for the room, then plays on; nothing is counted', async () => {
    await open('async-retries-dlq-destinations', 2);
    await nextStep();
    expect(session().step).toBe(2);
    expect(questionWaiting(session())).toBe(true);
    await nextOrReveal();
    expect(session()).toMatchObject({ step: 2, travelling: false, answers: { 2: REVEALED } });
    expect(questionWaiting(session())).toBe(false);
    await nextOrReveal();
    expect(session()).toMatchObject({ step: 3, travelling: true });
    expect(tallyOf(session())).toMatchObject({ answered: 0, right: 0, review: [] });
  });

  it('tallies the answers and names the questions to review', async () => {
    await open('async-retries-dlq-destinations', 2);
    await nextStep();
    answerStep('destination');
    const tally = tallyOf(session());
    expect(tally.answered).toBe(1);
    expect(tally.right).toBe(0);
    expect(tally.review).toEqual([2]);
  });

  it('finishes at the last step', async () => {
    await open('push-vs-pull', 6);
    await nextStep();
    expect(session().done).toBe(true);
  });
});
