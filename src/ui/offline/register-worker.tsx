import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { UpdateNotice } from './UpdateNotice';
import { offerUpdate } from './update-offer';

/**
 * Registers the service worker, which keeps every file of the app so that it opens with no network
 * after the first visit, and shows the notice when a new version is waiting. A new version never
 * takes over on its own: the learner chooses when to reload (see UpdateNotice).
 */
export function registerWorker(): void {
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(<UpdateNotice />);

  const update = registerSW({
    immediate: true,
    onNeedRefresh: () =>
      offerUpdate(() => {
        // The library reloads only pages that an earlier version already served; the very first
        // page (open when the worker was first installed) reloads here once the new one takes over.
        navigator.serviceWorker.addEventListener(
          'controllerchange',
          () => window.location.reload(),
          { once: true },
        );
        void update(true);
      }),
  });
}
