/**
 * Line breaking for chart labels, titles and notes. English breaks only between words (and after a
 * hyphen or en dash inside a compound); Chinese follows 禁则 and keeps words, quoted terms and
 * numbers with their units whole. A word wider than the line is never cut: it gets a line of its
 * own and the result says it does not fit, so the caller can use a short label or more room.
 */

/** Width of a string in any unit (px for a canvas measurer, em or letters for estimates). */
export type Measure = (text: string) => number;

export type WrapLang = 'zh' | 'en';

export interface Wrapped {
  lines: string[];
  /** False when some line (a single word) is wider than `maxWidth`. */
  fits: boolean;
}

/** Characters no line may begin with. */
const NO_LINE_START = new Set([...'”’）》」』】〕〉，。、：；！？…·・‰', ...'),.:;!?%]}']);
/** Characters no line may end with. */
const NO_LINE_END = new Set([...'“‘（《「『【〔〈', ...'([{']);
/** Magnitudes that belong to the number before them and take the unit after them ("1.4万P"). */
const MAGNITUDES = new Set([...'十百千万亿']);
/** One-character words that stand on their own: a line may break on either side of them. */
const FREE_CHARS = new Set([...'和与及或的地得了在是为对将把被从向于并且而等由以之其各每有无也都又就还着过']);
/** Quotation brackets whose short contents are a name: kept on one line. */
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』' };
const MAX_QUOTED_NAME = 8;
/** Beyond this many, a run of one-character segments may break (it is prose, not one word). */
const MAX_UNKNOWN_WORD = 4;
/** English words that follow a number as its unit, and words that precede one. */
const EN_UNIT_AFTER = /^(P|EFLOPS|FLOPS|tonnes?|trillion|billion|million|thousand|percentage|%)(?![\p{L}])/u;
const EN_UNIT_BEFORE = /(?:^|\s)(CNY|RMB|US\$)$/;

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/;
const SPACE = /\s/;

/** CJK ideographs, kana, hangul, full-width forms and CJK punctuation: about one em wide. */
export function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    code === 0x2014 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026 ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/**
 * A deterministic width estimate for pure code and tests: CJK and full-width characters are 1 em,
 * everything else (Latin letters, digits, spaces, ASCII punctuation) `latinEm` em.
 */
export function measureByUnits(fontSize: number, latinEm = 0.55): Measure {
  return (text) => {
    let em = 0;
    for (const ch of text) em += isWide(ch) ? 1 : latinEm;
    return em * fontSize;
  };
}

const segmenters = new Map<WrapLang, Intl.Segmenter>();
function segmenter(lang: WrapLang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/** How a line may break at a position between two segments. */
type Break = 'never' | 'if-needed' | 'yes';

interface Segment {
  text: string;
  start: number;
}

/** Ranges [open, close] of short quoted names ("“十四五”"), inside which no line breaks. */
function quotedNames(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const close = QUOTE_PAIRS[text[i]!];
    if (!close) continue;
    const end = text.indexOf(close, i + 1);
    if (end > i && end - i - 1 <= MAX_QUOTED_NAME) ranges.push([i, end]);
  }
  return ranges;
}

function isSingleHan(segment: Segment | undefined): boolean {
  return !!segment && [...segment.text].length === 1 && HAN.test(segment.text);
}

/** Length of the run of non-free one-character Han segments that contains segments[i]. */
function unknownRunLength(segments: Segment[], i: number): number {
  const inRun = (k: number) => isSingleHan(segments[k]) && !FREE_CHARS.has(segments[k]!.text);
  let from = i;
  let to = i;
  while (inRun(from - 1)) from--;
  while (inRun(to + 1)) to++;
  return to - from + 1;
}

/** Whether a number ends just before `pos`, counting magnitudes after it ("1.4万|P", "2025|年"). */
function numberEndsAt(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && MAGNITUDES.has(text[k]!)) k--;
  return k >= 0 && DIGIT.test(text[k]!);
}

/** The break rule between segments[i - 1] and segments[i], neither of which is a space. */
function breakBetween(text: string, segments: Segment[], i: number, quoted: Array<[number, number]>): Break {
  const pos = segments[i]!.start;
  const prev = text[pos - 1]!;
  const next = text[pos]!;
  if (NO_LINE_START.has(next) || NO_LINE_END.has(prev) || prev === '/' || next === '/') return 'never';
  if (quoted.some(([open, close]) => open < pos && pos <= close)) return 'never';
  if (!isWide(prev) && !isWide(next)) {
    // Inside a Latin run: only after a hyphen or en dash joining two words ("Beijing–|Tianjin").
    const joined = (prev === '-' || prev === '–' || prev === '‐') && LETTER.test(text[pos - 2] ?? '') && LETTER.test(next);
    return joined ? 'yes' : 'never';
  }
  if (HAN.test(next) && numberEndsAt(text, pos)) return 'never';
  if (!HAN.test(next) && MAGNITUDES.has(prev) && numberEndsAt(text, pos) && LETTER.test(next)) return 'never';
  if (prev === '第' && DIGIT.test(next)) return 'never';
  const before = segments[i - 1]!;
  const after = segments[i]!;
  if (!HAN.test(prev) || !HAN.test(next)) return 'yes';
  const freeBefore = isSingleHan(before) && FREE_CHARS.has(before.text);
  const freeAfter = isSingleHan(after) && FREE_CHARS.has(after.text);
  if (freeBefore || freeAfter) return 'yes';
  // The segmenter's dictionary misses some words (汇聚, 图谱, 算力) and returns them as single
  // characters: a short run of those is one word; one such character beside a word is its affix.
  if (isSingleHan(before) && isSingleHan(after)) return unknownRunLength(segments, i) <= MAX_UNKNOWN_WORD ? 'never' : 'if-needed';
  if (isSingleHan(before)) return unknownRunLength(segments, i - 1) === 1 ? 'if-needed' : 'yes';
  if (isSingleHan(after)) return unknownRunLength(segments, i) === 1 ? 'if-needed' : 'yes';
  return 'yes';
}

/** The break rule at the end of a run of spaces (`pos` is the first character after it). */
function breakAfterSpace(text: string, pos: number): Break {
  const before = text.slice(0, pos).trimEnd();
  const last = before.at(-1) ?? '';
  const next = text[pos]!;
  if (NO_LINE_START.has(next) || NO_LINE_END.has(last)) return 'never';
  // A Latin word after the space (in either language's text): a number keeps its unit.
  if (!HAN.test(next)) {
    if (DIGIT.test(last) && EN_UNIT_AFTER.test(text.slice(pos))) return 'never';
    if (DIGIT.test(next) && EN_UNIT_BEFORE.test(before)) return 'never';
  }
  return 'yes';
}

/** A piece no line breaks inside, with the offsets where it may break if it is wider than a line. */
interface Atom {
  text: string;
  cuts: number[];
}

function atoms(paragraph: string, lang: WrapLang): Atom[] {
  const segments: Segment[] = [...segmenter(lang).segment(paragraph)].map((s) => ({ text: s.segment, start: s.index }));
  const quoted = quotedNames(paragraph);
  const result: Atom[] = [];
  let start = 0;
  let cuts: number[] = [];
  for (let i = 1; i < segments.length; i++) {
    const pos = segments[i]!.start;
    const prevSpace = SPACE.test(paragraph[pos - 1]!);
    if (SPACE.test(paragraph[pos]!)) continue;
    const rule = prevSpace ? breakAfterSpace(paragraph, pos) : breakBetween(paragraph, segments, i, quoted);
    if (rule === 'yes') {
      result.push({ text: paragraph.slice(start, pos), cuts });
      start = pos;
      cuts = [];
    } else if (rule === 'if-needed') cuts.push(pos - start);
  }
  result.push({ text: paragraph.slice(start), cuts });
  return result;
}

function splitAt(text: string, cuts: number[]): string[] {
  return [0, ...cuts].map((from, k) => text.slice(from, cuts[k] ?? text.length));
}

/** Counts letters and ideographs, not punctuation or spaces. */
function visibleChars(line: string): string[] {
  return [...line].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure, lang: WrapLang): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  const widthOf = (pieces: string[]) => measure(pieces.join('').trim());
  const place = (piece: string) => {
    if (line.length && widthOf([...line, piece]) <= maxWidth) line.push(piece);
    else {
      if (line.length) lines.push(line);
      line = [piece];
    }
  };
  for (const atom of atoms(paragraph, lang)) {
    if (atom.cuts.length && measure(atom.text.trim()) > maxWidth) {
      // Wider than a line: break where it may break if needed (an affix from its word).
      for (const piece of splitAt(atom.text, atom.cuts)) place(piece);
    } else place(atom.text);
  }
  if (line.length) lines.push(line);
  return avoidLoneLastCharacter(lines, maxWidth, widthOf);
}

/** A last line of one Chinese character takes the last piece of the line above with it. */
function avoidLoneLastCharacter(lines: string[][], maxWidth: number, widthOf: (pieces: string[]) => number): string[][] {
  const last = lines.at(-1);
  const above = lines.at(-2);
  if (!last || !above || above.length < 2) return lines;
  const chars = visibleChars(last.join(''));
  if (chars.length !== 1 || !isWide(chars[0]!)) return lines;
  const moved = [above.at(-1)!, ...last];
  if (widthOf(moved) > maxWidth) return lines;
  return [...lines.slice(0, -2), above.slice(0, -1), moved];
}

/** The language whose rules apply: Chinese when the text has any Han character. */
export function textLang(text: string): WrapLang {
  return HAN.test(text) ? 'zh' : 'en';
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (as `measure` counts). Newlines start a new
 * line; no line begins or ends with a space. Empty text has no lines.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, lang: WrapLang = textLang(text)): Wrapped {
  if (!text.trim()) return { lines: [], fits: true };
  const lines = text
    .split(/\r?\n/)
    .flatMap((paragraph) =>
      paragraph.trim() ? wrapParagraph(paragraph.trim(), maxWidth, measure, lang).map((pieces) => pieces.join('').trim()) : [''],
    );
  return { lines, fits: lines.every((line) => measure(line) <= maxWidth) };
}
