import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
/** Language codes a conditional could test for: the offered ones and any other two- or three-letter code. */
const CODE = `['"\`][a-z]{2,3}(?:-[A-Za-z0-9]+)?['"\`]`;
/** `lang === 'zh'`, `'en' !== view.lang`, `case 'zh':` on a language, `lang == "en"`. */
const CONDITIONAL = new RegExp(
  `\\blang\\s*[!=]==?\\s*${CODE}|${CODE}\\s*[!=]==?\\s*[\\w.]*\\blang\\b|\\bswitch\\s*\\([\\w.]*\\blang\\)`,
  'i',
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** "file:line: text" for each line outside src/i18n that branches on the language. */
function languageConditionals(files: readonly string[]): string[] {
  return files
    .filter((file) => !relative(SRC, file).startsWith('i18n'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (CONDITIONAL.test(line) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('language conditionals', () => {
  it('are recognised in their usual forms', () => {
    const lines = ["lang === 'zh' ? a : b", "view.lang !== 'en'", "'zh' === lang", 'lang == "en"', 'switch (view.lang) {'];
    for (const line of lines) expect(CONDITIONAL.test(line), line).toBe(true);
    expect(CONDITIONAL.test("LANGUAGES[lang].units === 'base-unit'")).toBe(false);
    expect(CONDITIONAL.test("const zh = formatValue(1, 'ge', 'exact', 'zh');")).toBe(false);
  });

  it('are nowhere in src/ outside src/i18n: a difference between languages is a message or a property of the language', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(languageConditionals(files)).toEqual([]);
  });
});
