/** UI state only: the scenario document, playback and selection. The run is derived from them. */
export {
  DEFAULT_PRESET,
  PRESETS,
  presetInfo,
  presetScenario,
  presetScenarioLoaded,
  presetSummary,
  loadPresets,
  useScenarioStore,
  type PresetInfo,
  type ScenarioState,
} from './scenario';
export {
  clampSpeed,
  INITIAL_PLAYBACK,
  MAX_SPEED,
  MIN_SPEED,
  usePlaybackStore,
  type PlaybackState,
} from './playback';
export { useSelectionStore, type SelectionState } from './selection';
export { currentRun, loadEngine, runOf, useRun } from './run';
export { StageScenarioContext, useStageScenario } from './stage-scenario';
export {
  editScenario,
  jumpToEvent,
  loadPreset,
  loadScenario,
  openPresetAt,
  pause,
  play,
  resetAll,
  seek,
  selectMessage,
  selectNode,
  setSpeed,
} from './actions';
export { startPlaybackLoop } from './loop';
export { toggleHelp, useHelpStore } from './help';
export {
  buildNotice,
  PIECE_MIME,
  requestBuild,
  toggleBuild,
  useBuildStore,
  type BuildHandlers,
  type BuildRequest,
} from './build';
export { openJump, useJumpStore } from './jump';
export { READOUT_INTERVAL_MS, useReadoutStore } from './readout';
export {
  useNarrationStore,
  type LessonEndCaption,
  type LessonPlace,
  type NarrationState,
  type RoomQuestion,
} from './narration';
export { moveNode, resetLayout, useLayoutStore, type LayoutState, type Position } from './layout';
export {
  cycleTheme,
  isTheme,
  nextTheme,
  savedTheme,
  setPresenting,
  setTheme,
  shownTheme,
  systemTheme,
  THEME_LABELS,
  THEME_STORAGE_KEY,
  THEMES,
  toggleBlank,
  togglePresenting,
  usePresentationStore,
  type PresentationState,
  type Theme,
} from './presentation';
export { setSkipQuiet, SKIP_QUIET_STORAGE_KEY, usePacingStore, type PacingState } from './pacing';
export {
  DEFAULT_DRAWERS,
  DRAWERS_STORAGE_KEY,
  parseDrawers,
  setDrawer,
  toggleDrawer,
  useDrawersStore,
  type DrawerId,
  type DrawerMode,
  type DrawerSet,
  type DrawersState,
} from './drawers';
export {
  CAPTIONS_STORAGE_KEY,
  setCaptions,
  useCaptionsStore,
  type CaptionsState,
} from './captions';
export { closeShare, openShare, setShareLarge, useShareStore, type ShareState } from './share';
export { dismissWelcome, useWelcomeStore, WELCOME_STORAGE_KEY, type WelcomeState } from './welcome';
