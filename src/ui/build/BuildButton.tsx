import { usePresentationStore, toggleBuild, useBuildStore } from '../../store';

/** Opens the Build palette (its code loads then, not with the first page). */
export function BuildButton() {
  const open = useBuildStore((s) => s.open);
  const presenting = usePresentationStore((s) => s.presenting);
  if (presenting) return null;
  return (
    <button
      type="button"
      className="build-button"
      aria-pressed={open}
      title="Build your own design (a)"
      onClick={() => toggleBuild()}
    >
      Build
    </button>
  );
}
