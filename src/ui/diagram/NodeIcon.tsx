import type { ReactNode } from 'react';
import type { DiagramNodeKind } from '../../view';

/** Small decorative glyphs; the node's text says what it is. */
export function NodeIcon({ kind }: { kind: DiagramNodeKind }) {
  return (
    <span className={`node-icon node-icon--${kind}`} aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 24 24" focusable="false">
        <g
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {GLYPHS[kind]}
        </g>
      </svg>
    </span>
  );
}

const lambda = (
  <>
    <path d="M6 4h2.5c.9 0 1.5.4 1.9 1.2L16 18.5c.3.7.9 1.5 2 1.5" />
    <path d="M11.2 10.2 6 20" />
  </>
);

const GLYPHS: Record<DiagramNodeKind, ReactNode> = {
  caller: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </>
  ),
  lambda,
  function: lambda,
  queue: (
    <>
      <rect x="3" y="5" width="18" height="4" rx="1" />
      <rect x="3" y="10" width="18" height="4" rx="1" />
      <rect x="3" y="15" width="18" height="4" rx="1" />
    </>
  ),
  bus: (
    <>
      <path d="M3 12h18" />
      <circle cx="6" cy="12" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="18" cy="12" r="2" />
    </>
  ),
  rule: (
    <>
      <path d="M4 5h16l-6 7v6l-4 2v-8z" />
    </>
  ),
  target: (
    <>
      <circle cx="12" cy="12" r="8" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  stream: (
    <>
      <path d="M3 6h13M3 12h13M3 18h13" />
      <path d="M17 4l3 2-3 2M17 10l3 2-3 2M17 16l3 2-3 2" />
    </>
  ),
  mapping: (
    <>
      <path d="M20 12a8 8 0 1 1-2.4-5.7" />
      <path d="M20 4v4h-4" />
      <path d="M12 8v4l2.5 2" />
    </>
  ),
  integration: (
    <>
      <path d="M9 3v5M15 3v5" />
      <path d="M6 8h12v3a6 6 0 0 1-12 0z" />
      <path d="M12 17v4" />
    </>
  ),
  sink: (
    <>
      <path d="M3 13l3-8h12l3 8v6H3z" />
      <path d="M3 13h5l1 2h6l1-2h5" />
    </>
  ),
};
