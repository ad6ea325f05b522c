import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  presetInfo,
  setShareLarge,
  useNarrationStore,
  usePlaybackStore,
  useScenarioStore,
  useSelectionStore,
  useShareStore,
  type LessonPlace,
} from '../../store';
import { searchWithLesson } from '../../lessons/link';
import { currentLink } from '../../store/link-open';
import { onLinkStateChange } from '../../store/link-sync';
import { formatSpeed, formatTime, messageLabel } from '../../view';
import { CopyLink } from './CopyLink';
import { QrCode, QrLarge } from './QrCode';
import { SamTemplate } from './SamTemplate';
import { ScenarioFile } from './ScenarioFile';
import './share-dialog.css';

/** The address that opens `link`: this page, without its query, with the link as fragment. */
export function shareUrl(link: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${link}`;
}

interface Snapshot {
  readonly link: string;
  /** The moment the link holds. */
  readonly t: number;
}

/**
 * The address of a lesson's step (`?lesson=…&step=…`): while a lesson is open, what is shared is
 * the lesson where it stands, so whoever opens it follows the lesson too, not just the scenario.
 */
export function lessonStepUrl(place: LessonPlace): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${searchWithLesson('', place.id, place.step)}`;
}

/** The lesson step in words: "Lesson: Synchronous vs asynchronous, step 3". */
export function lessonStepName(place: LessonPlace): string {
  return `Lesson: ${place.title}, step ${place.step}`;
}

const snapshot = (): Snapshot => ({ link: currentLink(), t: usePlaybackStore.getState().t });

/** The current link, recomputed when what it holds changes (not per frame while playing). */
function useCurrentLink(): Snapshot {
  const [current, setCurrent] = useState(snapshot);
  useEffect(() => onLinkStateChange(() => setCurrent(snapshot())), []);
  return current;
}

const FOCUSABLE = 'button:not(:disabled), input:not([tabindex="-1"]), textarea, a[href], summary';

/**
 * "Share": the link to this moment (copy it, see its length), its QR code (and a large one for
 * the back of a classroom), the scenario as a file to download or open, and as an AWS SAM
 * template to export or import.
 */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const { link, t } = useCurrentLink();
  const lesson = useNarrationStore((st) => st.lesson);
  const url = lesson !== null ? lessonStepUrl(lesson) : shareUrl(link);
  const what = lesson !== null ? 'this lesson step' : 'this moment';
  const large = useShareStore((st) => st.large);
  const [asking, setAsking] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const latest = useRef({ onClose, large, asking });
  useEffect(() => {
    latest.current = { onClose, large, asking };
  });

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>('.share-copy__button')?.focus();
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const { onClose: close, large: isLarge, asking: isAsking } = latest.current;
      if (isAsking) return; // the confirmation answers Escape itself
      if (isLarge) setShareLarge(false);
      else close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Keys stay inside the dialog: Tab cycles through it, and the simulator's shortcuts (Space,
  // arrows) do not act behind it. Escape is left to the window listeners above.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') return;
    e.stopPropagation();
    if (e.key !== 'Tab') return;
    // The innermost layer open: the large QR code, a confirmation, or the dialog itself.
    const scope =
      e.currentTarget.querySelector<HTMLElement>('.share-large, .confirm') ?? e.currentTarget;
    const items = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="share-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="share card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <div className="share__head">
          <h2 id={titleId}>{lesson !== null ? 'Share this lesson step' : 'Share this moment'}</h2>
          <button type="button" className="button button--small" onClick={onClose}>
            Close
          </button>
        </div>
        {lesson !== null ? <LessonStep place={lesson} /> : <Moment t={t} />}
        <div className="share__body">
          <div className="share__main">
            <CopyLink url={url} what={what} />
            <ScenarioFile onAskingChange={setAsking} />
            <SamTemplate onAskingChange={setAsking} />
          </div>
          <QrCode url={url} what={what} onShowLarge={() => setShareLarge(true)} />
        </div>
        {large && (
          <QrLarge
            url={url}
            t={t}
            lesson={lesson === null ? null : lessonStepName(lesson)}
            onClose={() => setShareLarge(false)}
          />
        )}
      </div>
    </div>
  );
}

/** What a lesson's link opens, in words; the scenario file below stays the step's scenario. */
function LessonStep({ place }: { place: LessonPlace }) {
  return (
    <p className="share__moment">
      <strong>{lessonStepName(place)}</strong> of {place.steps}: whoever opens the link follows the
      lesson from this step.
    </p>
  );
}

/** What the link opens, in words. */
function Moment({ t }: { t: number }) {
  const title = useScenarioStore((s) => {
    const preset = s.presetId === null ? undefined : presetInfo(s.presetId);
    return preset?.title ?? s.scenario.name;
  });
  const speed = usePlaybackStore((s) => s.speed);
  const message = useSelectionStore((s) => s.message);
  return (
    <p className="share__moment">
      Opens <strong>{title}</strong>, paused at {formatTime(t)}
      {message !== null && <>, with message {messageLabel(message)} selected</>}
      {speed !== 1 && <>, at {formatSpeed(speed)} speed</>}.
    </p>
  );
}
