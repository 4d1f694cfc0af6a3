/**
 * Runs first in the offline file, before the app: the page is opened from disk (file://), where
 * the browser refuses fetch(), so the app's requests for its data files are answered from the
 * copies inside the page; nothing goes to the network. Opens on the view the file was made for
 * unless the address already names one.
 */
import { dataFileName, OFFLINE_DATA_ID, offlineView } from './offline-file';

function readFiles(): Map<string, string> {
  const text = document.getElementById(OFFLINE_DATA_ID)?.textContent ?? '{}';
  const value = JSON.parse(text) as Record<string, unknown>;
  return new Map(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

const files = readFiles();
const networkFetch = window.fetch.bind(window);

window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const name = dataFileName(url);
  if (name !== undefined) {
    if (init?.signal?.aborted) return Promise.reject(init.signal.reason);
    const text = files.get(name);
    return Promise.resolve(
      text === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(text, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } }),
    );
  }
  return networkFetch(input, init);
};

const view = offlineView();
if (view && !window.location.search) {
  try {
    window.history.replaceState(null, '', `${window.location.pathname}${view}${window.location.hash}`);
  } catch {
    // A browser that refuses to change a file:// address: the file opens on the default view.
  }
}
