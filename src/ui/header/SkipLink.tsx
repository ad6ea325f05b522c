import type { MouseEvent } from 'react';
import type { Tool } from '../nav/route';

/**
 * The first thing Tab reaches: past the header to the stage (the diagram in the simulator, the
 * page itself elsewhere). It moves focus by script, because the address's fragment holds share
 * links and must not be changed.
 */
export function SkipLink({ tool }: { tool: Tool }) {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const target =
      (tool === 'simulator' && document.querySelector<HTMLElement>('section.diagram')) ||
      document.querySelector<HTMLElement>('main');
    if (target === null) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  };
  return (
    <a className="skip-link" href="#stage" onClick={skip}>
      {tool === 'simulator' ? 'Skip to the diagram' : 'Skip to the page'}
    </a>
  );
}
