import type { ReactNode } from 'react';

/** Transport glyphs. Decorative: every button that shows one has an aria-label. */
const Svg = ({ children }: { children: ReactNode }) => (
  <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

export const PlayIcon = () => (
  <Svg>
    <path
      d="M8 5.5v13a1 1 0 0 0 1.5.86l10.4-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z"
      fill="currentColor"
    />
  </Svg>
);

export const PauseIcon = () => (
  <Svg>
    <rect x="6.5" y="5" width="4" height="14" rx="1" fill="currentColor" />
    <rect x="13.5" y="5" width="4" height="14" rx="1" fill="currentColor" />
  </Svg>
);

export const StepForwardIcon = () => (
  <Svg>
    <path
      d="M6 6.5v11a.8.8 0 0 0 1.2.7l8.6-5.5a.8.8 0 0 0 0-1.4L7.2 5.8A.8.8 0 0 0 6 6.5z"
      fill="currentColor"
    />
    <rect x="16.5" y="5.5" width="2.5" height="13" rx="1" fill="currentColor" />
  </Svg>
);

export const StepBackIcon = () => (
  <Svg>
    <path
      d="M18 6.5v11a.8.8 0 0 1-1.2.7l-8.6-5.5a.8.8 0 0 1 0-1.4l8.6-5.5A.8.8 0 0 1 18 6.5z"
      fill="currentColor"
    />
    <rect x="5" y="5.5" width="2.5" height="13" rx="1" fill="currentColor" />
  </Svg>
);

export const RestartIcon = () => (
  <Svg>
    <path
      d="M4.5 12a7.5 7.5 0 1 0 2.3-5.4M4.5 4.5v4h4"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </Svg>
);
