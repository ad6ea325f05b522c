/** The product mark: a lambda on Lambda's orange. Decorative; the name sits next to it. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--lambda)" />
      <g fill="none" stroke="#fff" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round">
        <path d="M19 15h6.5c2.2 0 3.6 1 4.5 3l13 28.5c.8 1.8 2 2.5 4 2.5" />
        <path d="M31.5 28 20 49" />
      </g>
    </svg>
  );
}
