import { toggleBlank, usePresentationStore } from '../../store';

/** Black over everything, as a slide show's "b" does; "b" again or a click brings it back. */
export function BlankScreen() {
  const blank = usePresentationStore((s) => s.blank);
  if (!blank) return null;
  return (
    <button
      type="button"
      className="present-blank"
      aria-label="Show the screen again (b)"
      onClick={toggleBlank}
    />
  );
}
