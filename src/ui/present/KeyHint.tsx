/** The clicker keys, in a corner, for the person presenting. */
export function KeyHint() {
  return (
    <p className="present-hint">
      <kbd>PgDn</kbd> next · <kbd>PgUp</kbd> back · <kbd>.</kbd> play · <kbd>b</kbd> blank ·{' '}
      <kbd>q</kbd> QR · <kbd>f</kbd> exit
    </p>
  );
}
