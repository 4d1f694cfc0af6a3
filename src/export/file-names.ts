import type { Lang } from '@/i18n/lang';
import { DEFAULT_SCALE, type PresetId, type Scale } from './export-presets';

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 120;

/** A title made safe as part of a file name; Chinese stays as it is. */
export function sanitizeFileStem(text: string): string {
  let stem = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(ILLEGAL, '_')
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (RESERVED.test(stem)) stem = `_${stem}`;
  if ([...stem].length > MAX_STEM) stem = [...stem].slice(0, MAX_STEM).join('').trimEnd();
  return stem || 'export';
}

/** The local calendar date, "2026-11-26": what the user sees as today. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface FileNameParts {
  title: string;
  lang: Lang;
  date: Date;
  ext: string;
  /** Image exports only: a size other than "as shown" and a scale other than 2× are named. */
  preset?: PresetId;
  scale?: Scale;
}

/** "第二十批信访举报件（按区）_zh_2026-11-26.png"; "…_zh_2026-11-26_slide@3x.png" for a 3× slide. */
export function exportFileName({ title, lang, date, ext, preset, scale }: FileNameParts): string {
  const size = preset && preset !== 'shown' ? `_${preset}` : '';
  const times = scale && scale !== DEFAULT_SCALE ? `@${scale}x` : '';
  return `${sanitizeFileStem(title)}_${lang}_${localIsoDate(date)}${size}${times}.${ext}`;
}

/** Makes names unique within one archive: a second "A.png" becomes "A (2).png". */
export function uniqueNames(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let i = 2; ; i++) {
      const candidate = `${stem} (${i})${ext}`;
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };
}
