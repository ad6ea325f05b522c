import { toggleDrawer, useDrawersStore, usePresentationStore, type DrawerId } from '../../store';
import './stage.css';

const DRAWERS: readonly { id: DrawerId; label: string; key: string }[] = [
  { id: 'metrics', label: 'Metrics', key: 'M' },
  { id: 'log', label: 'Log', key: 'L' },
  { id: 'details', label: 'Side panel', key: 'I' },
];

/**
 * The panels around the diagram, each one click (or key) away: open or closed, remembered between
 * visits, separately at the desk and while presenting.
 */
export function DrawerToggles() {
  const mode = usePresentationStore((s) => (s.presenting ? 'present' : 'desk'));
  const open = useDrawersStore((s) => s[mode]);
  return (
    <div className="drawer-toggles" role="group" aria-label="Panels">
      {DRAWERS.map((d) => (
        <button
          key={d.id}
          type="button"
          className="drawer-toggle"
          aria-pressed={open[d.id]}
          aria-keyshortcuts={d.key.toLowerCase()}
          title={`Show or hide the ${d.label.toLowerCase()} (key ${d.key})`}
          onClick={() => toggleDrawer(mode, d.id)}
        >
          {d.label}
          <kbd aria-hidden="true">{d.key}</kbd>
        </button>
      ))}
    </div>
  );
}
