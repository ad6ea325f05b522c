import { lazy, Suspense } from 'react';
import { closeShare, openShare, useShareStore } from '../../store';
import './share-button.css';

// The dialog brings the link codec (and the schema behind it) and the QR library: its own chunk.
const ShareDialog = lazy(() => import('./ShareDialog'));

/** Copy a link to this exact moment, show it as a QR code, save or open the scenario as a file. */
export function ShareControls() {
  const open = useShareStore((s) => s.open);
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => openShare()}
      >
        <ShareIcon />
        Share
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={closeShare} />
        </Suspense>
      )}
    </>
  );
}

function ShareIcon() {
  return (
    <svg width="17" height="17" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <circle cx="18" cy="5" r="3" />
        <circle cx="6" cy="12" r="3" />
        <circle cx="18" cy="19" r="3" />
        <path d="M8.6 10.5l6.8-4M8.6 13.5l6.8 4" />
      </g>
    </svg>
  );
}
