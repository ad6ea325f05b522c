import { navigateTo } from './useTool';
import { clearReturn, useReturnOffer } from './return-to';

/** Above the simulator after "Show me": which scenario is open, and the way back to the question. */
export function ReturnBanner() {
  const offer = useReturnOffer();
  if (offer === null) return null;
  return (
    <aside className="return-banner" aria-label="Opened from the quiz">
      <p>
        Opened from the quiz: <strong>{offer.scenario}</strong>
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          clearReturn();
          navigateTo(offer.tool);
        }}
      >
        {offer.label}
      </button>
      <button type="button" className="button" onClick={clearReturn}>
        Stay here
      </button>
    </aside>
  );
}
