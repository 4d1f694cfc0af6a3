/** The offline file's data block, shared by the build (Node) and the page: no imports. */

/** The element holding the data files: a JSON object, file name → the file's text. */
export const OFFLINE_DATA_ID = 'offline-data';

/** JSON that is safe inside a <script type="application/json"> element: no "<" can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The data block as the build and the download write it. */
export function dataBlock(files: Record<string, string>): string {
  return `<script type="application/json" id="${OFFLINE_DATA_ID}">${jsonForScript(files)}</script>`;
}

/** Whether this page is the offline file (its data is inside it). */
export function isOfflineFile(doc: Document = document): boolean {
  return doc.getElementById(OFFLINE_DATA_ID) !== null;
}
