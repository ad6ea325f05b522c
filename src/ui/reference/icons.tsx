/** Glyphs of the reference page. Decorative: the text beside each one says the same. */

export const ChevronIcon = () => (
  <svg
    className="ref-chevron"
    width="16"
    height="16"
    viewBox="0 0 16 16"
    aria-hidden="true"
    focusable="false"
  >
    <path
      d="M5.5 3.5L10 8l-4.5 4.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

export const CopyIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <rect
      x="5"
      y="5"
      width="8.5"
      height="9"
      rx="1.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    />
    <path
      d="M3.5 10.5h-.5A1 1 0 0 1 2 9.5v-7A1 1 0 0 1 3 1.5h6a1 1 0 0 1 1 1V3"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    />
  </svg>
);

export const ShuffleIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path
      d="M13.5 5.5A5.5 5.5 0 0 0 3.2 4.3M2.5 10.5a5.5 5.5 0 0 0 10.3 1.2M3 1.8v2.7h2.7M13 14.2v-2.7h-2.7"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

export const ExternalIcon = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path
      d="M5 2H2.5a.5.5 0 0 0-.5.5v7a.5.5 0 0 0 .5.5h7a.5.5 0 0 0 .5-.5V7M7 1.5h3.5V5M10.5 1.5L5.5 6.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.3"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
