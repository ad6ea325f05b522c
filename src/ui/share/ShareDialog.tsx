import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  presetInfo,
  setShareLarge,
  usePlaybackStore,
  useScenarioStore,
  useSelectionStore,
  useShareStore,
} from '../../store';
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
  const url = shareUrl(link);
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
          <h2 id={titleId}>Share this moment</h2>
          <button type="button" className="button button--small" onClick={onClose}>
            Close
          </button>
        </div>
        <Moment t={t} />
        <div className="share__body">
          <div className="share__main">
            <CopyLink url={url} />
            <ScenarioFile onAskingChange={setAsking} />
            <SamTemplate onAskingChange={setAsking} />
          </div>
          <QrCode url={url} onShowLarge={() => setShareLarge(true)} />
        </div>
        {large && <QrLarge url={url} t={t} onClose={() => setShareLarge(false)} />}
      </div>
    </div>
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
