/* The dashboard's service worker. The build prepends `self.PRECACHE` (every file of the build)
 * and `self.VERSION` (a hash of them). After one visit the dashboard, presenter mode and exports
 * work without a network. Hashed assets are served from the cache; the page is fetched from the
 * network first; data files come from the cache at once and are revalidated in the background,
 * and a page is told when one has changed.
 *
 * Deployments: a tab opened on an older version still loads that version's chunks (presenter
 * mode, ECharts, exports) after a new one is installed, so an older app cache is kept until no
 * page that was open when it was replaced is left. Bad files never replace good ones: a data
 * file that is not JSON of the expected shape is not cached, and only an HTML page is cached as
 * the app's page. */
const APP_CACHE = `app-${self.VERSION}`;
const DATA_CACHE = 'data';
/** Which older app caches are kept, and for which pages: { caches: string[], clients: string[] }. */
const META_CACHE = 'sw-meta';
const RETIRED = 'retired-app-caches';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const app = await caches.open(APP_CACHE);
      await app.addAll(self.PRECACHE.filter((url) => !url.startsWith('data/')));
      const data = await caches.open(DATA_CACHE);
      // A data file already cached stays until a good copy replaces it (see staleWhileRevalidate).
      for (const url of self.PRECACHE.filter((url) => url.startsWith('data/'))) {
        if (await data.match(url)) continue;
        const response = await fetch(url, { cache: 'no-cache' }).catch(() => null);
        if (response?.ok && goodDataText(url, await response.clone().text())) await data.put(url, response);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((key) => key.startsWith('app-') && key !== APP_CACHE);
      // Pages open now may run an older version: its cache stays until they are gone.
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const retired = await readRetired();
      if (older.length > 0)
        await writeRetired({
          caches: [...new Set([...retired.caches, ...older])],
          clients: [...new Set([...retired.clients, ...open.map((c) => c.id)])],
        });
      for (const key of await caches.keys())
        if (!key.startsWith('app-') && key !== DATA_CACHE && key !== META_CACHE) await caches.delete(key);
      await pruneRetired();
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
  else if (path.startsWith('data/')) {
    event.respondWith(staleWhileRevalidate(event, request, path));
    // Pages load their data after the page itself: by then a reloaded page's old document is gone.
    event.waitUntil(pruneRetired().catch(() => undefined));
  } else event.respondWith(cacheFirst(request));
});

async function readRetired() {
  if (!(await caches.has(META_CACHE))) return { caches: [], clients: [] };
  const response = await (await caches.open(META_CACHE)).match(RETIRED);
  const value = response ? await response.json().catch(() => null) : null;
  return { caches: Array.isArray(value?.caches) ? value.caches : [], clients: Array.isArray(value?.clients) ? value.clients : [] };
}

async function writeRetired(value) {
  await (await caches.open(META_CACHE)).put(
    RETIRED,
    new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } }),
  );
}

/** Deletes the older app caches once no page that was open when they were replaced is left. */
async function pruneRetired() {
  const retired = await readRetired();
  if (retired.caches.length === 0) return;
  const open = new Set((await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => c.id));
  const still = retired.clients.filter((id) => open.has(id));
  if (still.length > 0) {
    if (still.length < retired.clients.length) await writeRetired({ caches: retired.caches, clients: still });
    return;
  }
  for (const key of retired.caches) if (key !== APP_CACHE) await caches.delete(key);
  await caches.delete(META_CACHE);
}

/** Whether a response is an HTML page (a JSON file opened in the tab is not the app). */
function isHtml(response) {
  return (response.headers.get('content-type') ?? '').toLowerCase().includes('text/html');
}

async function networkFirst(request, fallback) {
  try {
    const response = await fetch(request);
    if (response.ok && isHtml(response)) await (await caches.open(APP_CACHE)).put(fallback, response.clone());
    return response;
  } catch {
    // This version's page first: an older cache kept for open tabs has an older page.
    return (await (await caches.open(APP_CACHE)).match(fallback)) ?? (await caches.match(fallback)) ?? Response.error();
  }
}

async function cacheFirst(request) {
  // Every app cache, this version's and older ones kept for open tabs: hashed names do not clash.
  const cached = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(APP_CACHE)).put(request, response.clone());
  return response;
}

/**
 * Whether a data file's text may be cached: it parses as JSON and has the top-level shape of its
 * kind (sources.json a list of sources, panels.json a list of panels, plan.json a plan with a
 * baseline year, a theme file a theme and its figures). The page
 * validates the rest; a copy that fails here never replaces the one cached.
 */
function goodDataText(path, text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if (path.endsWith('sources.json')) return Array.isArray(value.sources);
  if (path.endsWith('panels.json')) return Array.isArray(value.panels);
  if (path.endsWith('plan.json')) return typeof value.baselineYear === 'number' && typeof value.name === 'object';
  return typeof value.theme === 'string' && Array.isArray(value.figures);
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
      if (!response.ok) return cached ?? response;
      const [fresh, stale] = await Promise.all([response.clone().text(), staleText]);
      // A truncated or malformed copy on the server does not replace the good one.
      if (!goodDataText(path, fresh)) return cached ?? response;
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
