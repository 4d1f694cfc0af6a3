/* The dashboard's service worker. The build prepends `self.PRECACHE` (every file of the build)
 * and `self.VERSION` (a hash of them). After one visit the dashboard, presenter mode and exports
 * work without a network. Hashed assets are served from the cache; the page is fetched from the
 * network first; data files come from the cache at once and are revalidated in the background,
 * and a page is told when one has changed. */
const APP_CACHE = `app-${self.VERSION}`;
const DATA_CACHE = 'data';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const app = await caches.open(APP_CACHE);
      await app.addAll(self.PRECACHE.filter((url) => !url.startsWith('data/')));
      const data = await caches.open(DATA_CACHE);
      await data.addAll(self.PRECACHE.filter((url) => url.startsWith('data/')));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== APP_CACHE && key !== DATA_CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname.slice(self.registration.scope.length - self.location.origin.length);
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, 'index.html'));
  else if (path.startsWith('data/')) event.respondWith(staleWhileRevalidate(event, request, path));
  else event.respondWith(cacheFirst(request));
});

async function networkFirst(request, fallback) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(APP_CACHE)).put(fallback, response.clone());
    return response;
  } catch {
    return (await caches.match(fallback)) ?? Response.error();
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(APP_CACHE)).put(request, response.clone());
  return response;
}

/** The cached file at once; the network's in the background, and a message when it differs. */
async function staleWhileRevalidate(event, request, path) {
  const cache = await caches.open(DATA_CACHE);
  const cached = await cache.match(path);
  // Read the cached copy now: the page consumes the response returned below.
  const staleText = cached ? cached.clone().text() : Promise.resolve(null);
  const refresh = (async () => {
    try {
      const response = await fetch(request, { cache: 'no-cache' });
      if (!response.ok) return response;
      const [fresh, stale] = await Promise.all([response.clone().text(), staleText]);
      await cache.put(path, response.clone());
      if (stale !== null && stale !== fresh) {
        for (const client of await self.clients.matchAll()) client.postMessage({ type: 'data-updated', file: path.slice('data/'.length) });
      }
      return response;
    } catch (error) {
      if (cached) return cached;
      throw error;
    }
  })();
  event.waitUntil(refresh.catch(() => undefined));
  return cached ?? refresh;
}
