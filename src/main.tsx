/**
 * The entry: small on purpose. The prerendered first view (headline numbers included) is painted
 * from the HTML before any of the app's code runs; the app itself loads after that first paint
 * and takes the page over (src/client.tsx).
 */
import { afterFirstPaint } from './prerender/after-first-paint';
import './styles.css';
import './phone-first-screen.css';

const prerendered = document.getElementById('root')?.firstElementChild != null;
const start = () => void import('./client').then((client) => client.start());
if (prerendered) afterFirstPaint(start);
else start();
