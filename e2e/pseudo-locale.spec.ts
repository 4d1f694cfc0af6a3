/**
 * Every text of the interface's chrome comes from a message catalogue. Run against a pseudo build,
 * where every message is shown as ⟦…⟧ with accented letters:
 *
 *   npx vite build --mode pseudo --outDir /tmp/dist-pseudo --emptyOutDir
 *   E2E_DIST=/tmp/dist-pseudo E2E_PORT=4192 npx playwright test e2e/pseudo-locale.spec.ts
 *
 * Against any other build it skips: the production build carries no pseudo-locale at all.
 * A text node of the chrome passes when it is pseudo-marked, holds no letters (numbers, marks),
 * or is data: a text of data/*.json or of the panel, theme and unit definitions, or a language's
 * native name on the language switch.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ROOT = process.cwd();

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** String literals of a TypeScript file of definitions ('…' and "…"). */
function literals(file: string): string[] {
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)].map((m) =>
    (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'),
  );
}

/** Every text the data and the definitions of panels, themes, units and languages hold. */
function dataTexts(): Set<string> {
  const dataDir = join(ROOT, 'data');
  const json = readdirSync(dataDir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => jsonStrings(JSON.parse(readFileSync(join(dataDir, name), 'utf8'))));
  const definitions = ['src/data/themes.ts', 'src/data/units.ts', 'src/i18n/languages.ts'].flatMap((file) => literals(join(ROOT, file)));
  return new Set([...json, ...definitions].map((text) => text.trim()).filter(Boolean));
}

const CHROME = [
  'header',
  '.filter-bar',
  'th',
  'button:not(.kpi-value)',
  'label',
  'summary',
  '.sources-view > h2',
  '.sources-view > p',
  '.panel-actions',
].join(', ');

test.describe('pseudo-locale', () => {
  test.beforeEach(async ({ dashboard, page }) => {
    await dashboard.open('?lang=en');
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    test.skip(!title?.includes('⟦'), 'not a pseudo build (vite build --mode pseudo)');
  });

  test('every text of the chrome comes from a catalogue or from the data', async ({ page }) => {
    const known = dataTexts();
    const nodes = await page.locator(CHROME).evaluateAll((elements) => {
      const texts = new Set<string>();
      for (const element of elements) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('[hidden], [aria-hidden="true"]') || parent.getClientRects().length === 0) continue;
          const text = node.textContent?.trim();
          if (text) texts.add(text);
        }
        for (const attribute of ['aria-label', 'title', 'placeholder']) {
          const value = element.getAttribute(attribute)?.trim();
          if (value) texts.add(value);
        }
      }
      return [...texts];
    });
    expect(nodes.length).toBeGreaterThan(30);
    // Panel texts are templates ("How did industry do in the {plan.name} period?"): a placeholder matches any filling.
    const templates = [...known]
      .filter((data) => /\{[^}]+\}/.test(data))
      .map(
        (data) =>
          new RegExp(
            `^${data
              .split(/\{[^}]+\}/)
              .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('.+?')}$`,
            's',
          ),
      );
    const fromData = (text: string) =>
      known.has(text) ||
      [...known].some((data) => data.includes(text.replace(/…$/, ''))) ||
      templates.some((template) => template.test(text));
    const untranslated = nodes.filter((text) => !text.includes('⟦') && /\p{L}/u.test(text) && !fromData(text));
    expect(untranslated).toEqual([]);
  });

  test('the language switch still works and Chinese messages are marked too', async ({ page }) => {
    await page.getByRole('button', { name: /Ĺ|Łáñĝúáĝé/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦天津');
  });
});
