/** Presentation mode and the colour theme. */
export function PresentationControls() {
  return null;
}
