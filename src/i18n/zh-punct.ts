/**
 * Chinese punctuation as GB/T 15834 writes it: full-width ，：；（）？！ and “” in Chinese text, no
 * spaces around full-width marks, digits and Latin letters half-width. The source text we hold has
 * half-width punctuation throughout (an extraction artefact) and the data keeps it verbatim; this
 * runs where Chinese text is shown or exported.
 */
import { isWide } from '@/text/wrap-text';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
/** Full-width marks that take no space on either side. */
const FULL_WIDTH_MARKS = '，。、：；（）？！“”‘’《》「」『』【】〔〕…—';
const SPACE_BEFORE_MARK = new RegExp(`[ \\t\\u3000]+([${FULL_WIDTH_MARKS}])`, 'g');
const SPACE_AFTER_MARK = new RegExp(`([${FULL_WIDTH_MARKS}])[ \\t\\u3000]+`, 'g');
const HAN = /\p{Script=Han}/u;
/** Characters of a number or Latin word inside Chinese prose ("1.4万P", "GDP", "12.7%"). */
const RUN = /[\p{L}\p{N}.%‰+\-–/·]/u;
const DIGIT = /[0-9]/;
const URL = /(?:https?:\/\/|www\.)[^\s，。；“”（）]+/g;

/** Texts are shown again and again (every render picks them): normalise each once. */
const normalized = new Map<string, string>();
const CACHE_SIZE = 4000;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && isWide(ch);
}

/** The nearest character on one side of `i`, past spaces. */
function neighbour(chars: string[], i: number, step: 1 | -1): string | undefined {
  let k = i + step;
  while (chars[k] === ' ') k += step;
  return chars[k];
}

/** Whether the number or Latin run beside `i` (on one side) touches a Chinese character. */
function runTouchesCjk(chars: string[], i: number, step: 1 | -1): boolean {
  let k = i + step;
  if (!RUN.test(chars[k] ?? '')) return false;
  while (RUN.test(chars[k] ?? '') && !isCjk(chars[k])) k += step;
  return isCjk(chars[k]);
}

/** Whether a half-width mark at `i` belongs to Chinese prose rather than a number, time or code. */
function inChineseProse(chars: string[], i: number): boolean {
  const before = chars[i - 1];
  const after = chars[i + 1];
  // 14,000 and 10:30 stay as they are.
  if ((chars[i] === ',' || chars[i] === ':') && DIGIT.test(before ?? '') && DIGIT.test(after ?? '')) return false;
  if (isCjk(neighbour(chars, i, -1)) || isCjk(neighbour(chars, i, 1))) return true;
  return runTouchesCjk(chars, i, -1) || runTouchesCjk(chars, i, 1);
}

/** The index of the bracket matching the one at `i`, or -1. */
function matchingBracket(chars: string[], i: number): number {
  const opening = chars[i] === '(' || chars[i] === '（';
  const step = opening ? 1 : -1;
  let depth = 0;
  for (let k = i; k >= 0 && k < chars.length; k += step) {
    const ch = chars[k]!;
    if (ch === '(' || ch === '（') depth += step;
    else if (ch === ')' || ch === '）') depth -= step;
    if (depth === 0) return k;
  }
  return -1;
}

/** Turns half-width marks of Chinese prose full-width, following brackets to their partners. */
function widenMarks(chars: string[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < chars.length; i++) {
      const full = FULL_WIDTH[chars[i]!];
      if (!full || !inChineseProse(chars, i)) continue;
      chars[i] = full;
      changed = true;
      if (full === '（' || full === '）') {
        const partner = matchingBracket(chars, i);
        if (partner >= 0) chars[partner] = chars[partner] === '(' ? '（' : chars[partner] === ')' ? '）' : chars[partner]!;
      }
    }
  }
}

/** Straight double quotes around Chinese become “…”; a stray one beside Chinese turns to face it. */
function curlQuotes(text: string): string {
  const paired = text.replace(/"([^"\n]*)"/g, (whole, inner: string) => (HAN.test(inner) ? `“${inner}”` : whole));
  const chars = [...paired];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '"') continue;
    if (isCjk(chars[i + 1])) chars[i] = '“';
    else if (isCjk(chars[i - 1])) chars[i] = '”';
  }
  return chars.join('');
}

function normalizeProse(text: string): string {
  const chars = [...curlQuotes(text)];
  widenMarks(chars);
  return chars.join('').replace(SPACE_BEFORE_MARK, '$1').replace(SPACE_AFTER_MARK, '$1').replace(/“{2,}/g, '“').replace(/”{2,}/g, '”');
}

/**
 * Chinese text with GB/T 15834 punctuation: "单位:P" → "单位：P", "(推算)" → "（推算）",
 * "“十四五”" for "““十四五”". Numbers, Latin words, decimal points, ratios, ranges, times and web
 * addresses are left alone, and text without Chinese is returned as it is.
 */
export function normalizeZhPunct(text: string): string {
  if (!HAN.test(text)) return text;
  let result = normalized.get(text);
  if (result === undefined) {
    result = normalizeOutsideUrls(text);
    if (normalized.size >= CACHE_SIZE) normalized.clear();
    normalized.set(text, result);
  }
  return result;
}

function normalizeOutsideUrls(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(URL)) {
    result += normalizeProse(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + normalizeProse(text.slice(last));
}
