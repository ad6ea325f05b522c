import type { Badge } from '../../../view/diagram-badges';

/** How a source invokes, as small pills: the words carry the meaning, the colour repeats it. */
export function Badges({ badges }: { badges: readonly Badge[] }) {
  return (
    <span className="badges">
      {badges.map((b) => (
        <span key={b.kind} className={`badge badge--${b.kind}`} title={b.title}>
          {b.label}
        </span>
      ))}
    </span>
  );
}
