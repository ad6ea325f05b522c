import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/tools.css';
import { App } from './App';
import { readPresetLink, startAtPresetLink } from './store/preset-link';
import { loadPresets } from './store/scenario';
import { preloadOpenPanels } from './ui/stage/closed-panels';
import { loadEngine } from './store/run';
// Undo records from the first moment: a scenario picked while its code was still on its way
// would otherwise be no step at all (about 1 KB).
import './store/undo';

// A built-in scenario's link opens at its moment from the first paint: never the default first.
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Panels left open last time start loading now, before the first paint (which does not wait).
preloadOpenPanels().catch(() => {});
const presetLink = readPresetLink(window.location.hash);
if (presetLink === null) render();
else void startAtPresetLink(presetLink).then(render, render);

// Working offline needs nothing at first paint: the service worker and its notice of a new
// version arrive once the page has loaded, outside the first download. So do the other presets'
// documents and the engine (the opening run ships built), so that picking a preset or making an
// edit is instant (a failed fetch is tried again when one is needed).
const afterLoad = () => {
  void import('./ui/offline/register-worker').then((m) => m.registerWorker());
  loadPresets().catch(() => {});
  loadEngine().catch(() => {});
};
if (document.readyState === 'complete') afterLoad();
else window.addEventListener('load', afterLoad, { once: true });
