import './captions.css';

/** A caption's lines: the first (the most notable message) stands out, the rest follow it. */
export function CaptionLines({ lines }: { lines: readonly string[] }) {
  return (
    <div className="caption-lines">
      {lines.map((line, i) => (
        <p
          key={i}
          className={
            i === 0 ? 'caption-lines__line caption-lines__line--lead' : 'caption-lines__line'
          }
        >
          {line}
        </p>
      ))}
    </div>
  );
}
