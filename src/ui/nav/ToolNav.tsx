import type { MouseEvent } from 'react';
import { locationForTool, TOOLS, type Tool } from './route';
import { navigateTo, useLocationSuffix } from './useTool';
import './tool-nav.css';

/**
 * The header's tool switcher. Real links, so a tool can be opened in a new tab or bookmarked; a
 * plain click switches in place without reloading the page.
 */
export function ToolNav({ current }: { current: Tool }) {
  // Re-render when the query or fragment changes, so every href carries the current URL.
  useLocationSuffix();
  const onClick = (e: MouseEvent<HTMLAnchorElement>, tool: Tool) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigateTo(tool);
  };
  return (
    <nav className="tool-nav" aria-label="Tools">
      <ul className="tool-nav__list">
        {TOOLS.map((t) => (
          <li key={t.id}>
            <a
              className="tool-nav__link"
              href={locationForTool(window.location, t.id)}
              aria-current={t.id === current ? 'page' : undefined}
              onClick={(e) => onClick(e, t.id)}
              aria-label={t.label}
            >
              <span className="tool-nav__label">{t.label}</span>
              <span className="tool-nav__short" aria-hidden="true">
                {t.short}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
