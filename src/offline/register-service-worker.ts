/**
 * Registers the service worker of a production build (see scripts/service-worker.js) and passes
 * on its news that a data file changed on the server.
 */
export function registerServiceWorker(onDataUpdated: (file: string) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; file?: string }>) => {
    if (event.data?.type === 'data-updated' && typeof event.data.file === 'string') onDataUpdated(event.data.file);
  });
  // Messages sent before the page has loaded wait in a queue until this is called.
  navigator.serviceWorker.startMessages();
  const register = () => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
