import { useScenarioStore } from '../../store';
import { formatTime } from '../../view';
import { shortAddress } from './short-address';
import { useEffect, useRef, useState } from 'react';
import { qrSvgDataUrl } from './qr-svg';
import { formatCount } from '../../view/format';

type Qr =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly src: string }
  | { readonly status: 'too-long' }
  | { readonly status: 'failed' };

function useQr(url: string): Qr {
  const [qr, setQr] = useState<{ url: string; qr: Qr }>({ url, qr: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    qrSvgDataUrl(url).then(
      (src) => {
        if (live)
          setQr({ url, qr: src === null ? { status: 'too-long' } : { status: 'ready', src } });
      },
      () => {
        if (live) setQr({ url, qr: { status: 'failed' } });
      },
    );
    return () => {
      live = false;
    };
  }, [url]);
  return qr.url === url ? qr.qr : { status: 'loading' };
}

const alt = (what: string) => `QR code of the link to ${what}`;

/** The link as a QR code, big enough to scan from a screen, with a full-screen version. */
export function QrCode({
  url,
  what = 'this moment',
  onShowLarge,
}: {
  url: string;
  /** What the link opens: "this moment", or "this lesson step". */
  what?: string;
  onShowLarge: () => void;
}) {
  const qr = useQr(url);
  return (
    <figure className="share-qr">
      {qr.status === 'ready' && <img className="share-qr__image" src={qr.src} alt={alt(what)} />}
      {qr.status === 'loading' && <div className="share-qr__image share-qr__placeholder" />}
      {qr.status === 'too-long' && (
        <p className="share-qr__note">
          This link is too long for a QR code ({formatCount(url.length)} characters). Copy the link,
          or download the scenario file and share that.
        </p>
      )}
      {qr.status === 'failed' && (
        <p className="share-qr__note">
          The QR code could not be drawn (check the connection and try again). The link above works
          as it is.
        </p>
      )}
      <figcaption className="share-qr__caption">
        <span>Scan to open {what} on a phone.</span>
        <button
          type="button"
          className="button button--small"
          disabled={qr.status !== 'ready'}
          onClick={onShowLarge}
        >
          Show large
        </button>
      </figcaption>
    </figure>
  );
}

/**
 * The QR code filling the screen, for the back of a classroom. In a lesson it names the lesson
 * step ("Lesson: …, step 3"), which is what it opens.
 */
export function QrLarge({
  url,
  t,
  lesson = null,
  onClose,
}: {
  url: string;
  t: number;
  lesson?: string | null;
  onClose: () => void;
}) {
  const qr = useQr(url);
  const name = useScenarioStore((s) => s.scenario.name);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <div className="share-large" role="dialog" aria-modal="true" aria-label="Large QR code">
      {qr.status === 'ready' ? (
        <img
          className="share-large__image"
          src={qr.src}
          alt={alt(lesson === null ? 'this moment' : 'this lesson step')}
        />
      ) : (
        <div className="share-large__image" />
      )}
      <div className="share-large__bar">
        <div className="share-large__what">
          <strong className="share-large__name">{lesson ?? name}</strong>
          <span>
            {lesson === null
              ? `at ${formatTime(t)} · scan to open this moment · `
              : 'scan to follow the lesson from this step · '}
            <span className="share-large__address">{shortAddress(url)}</span>
          </span>
        </div>
        <button ref={close} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
