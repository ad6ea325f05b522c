import type { ReactNode } from 'react';

/** Status glyphs for verdicts and validation. Decorative: the text next to them says the same. */
const Svg = ({ size, children }: { size: number; children: ReactNode }) => (
  <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

export const CheckIcon = ({ size = 20 }: { size?: number }) => (
  <Svg size={size}>
    <circle cx="12" cy="12" r="11" fill="currentColor" />
    <path
      d="M7 12.5l3.2 3.2L17 9"
      fill="none"
      stroke="#fff"
      strokeWidth="2.4"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </Svg>
);

export const CrossIcon = ({ size = 20 }: { size?: number }) => (
  <Svg size={size}>
    <circle cx="12" cy="12" r="11" fill="currentColor" />
    <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
  </Svg>
);

export const AlertIcon = ({ size = 20 }: { size?: number }) => (
  <Svg size={size}>
    <path d="M12 2.2L23 21.3H1z" fill="currentColor" strokeLinejoin="round" />
    <path d="M12 9.5v5" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
    <circle cx="12" cy="17.6" r="1.3" fill="#fff" />
  </Svg>
);
