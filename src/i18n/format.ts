import type { Period, Qualifier } from '@/data/schema';
import { UNITS, type UnitId } from '@/data/units';
import { decimalsIn, displayMinus, groupThousands, padDecimals, roundSignificant, shiftDecimal } from './decimal';
import { formatMessage } from './catalogue';
import { pick, type Lang } from './lang';
import { LANGUAGES, type ScaleWord } from './languages';
import { CURRENT_PLAN } from './plan-params';

/** The step whose power the magnitude reaches (power 0 and no word below the smallest); the steps are a language's `scaleWords`. */
function stepFor(magnitude: number, steps: readonly ScaleWord[]): ScaleWord {
  return steps.find(([power]) => magnitude >= 10 ** power) ?? [0, ''];
}

interface NumberForm {
  /** The value is in units of 10^exp of the number written (a unit's exp; 0 for plain numbers). */
  exp?: number;
  /** The decimals the value was printed with; shown even where they are zeros. */
  decimals?: number;
  /** At most three significant digits where a scale word is written ("1.41 trillion"). */
  readable?: boolean;
}

/** A number written with the largest scale word it reaches; thousands grouped in English. */
function scaledNumber(value: number, lang: Lang, { exp = 0, decimals, readable = false }: NumberForm = {}): string {
  const base = Math.abs(Number(shiftDecimal(value, exp)));
  const { scaleWords, groupThousands: grouped } = LANGUAGES[lang];
  const [power, word] = stepFor(base, scaleWords);
  let mantissa = shiftDecimal(value, exp - power);
  const rounded = readable && power > 0 ? roundSignificant(mantissa, 3) : mantissa;
  if (rounded !== mantissa) mantissa = rounded;
  else if (decimals !== undefined && decimals > decimalsIn(shiftDecimal(value, 0)))
    mantissa = padDecimals(mantissa, decimals - exp + power);
  return displayMinus(grouped ? groupThousands(mantissa) : mantissa) + word;
}

/** Chinese grouping of a plain number: 14000 → "1.4万", 2.2e12 → "2.2万亿". Smaller numbers stay as printed. */
export function formatZhNumber(value: number): string {
  return scaledNumber(value, 'zh');
}

/** English number with thousands separators; millions and up in words ("4.5 million"). */
export function formatEnNumber(value: number): string {
  return scaledNumber(value, 'en');
}

export const QUALIFIER_TEXT: Record<Qualifier, { zh: string; en: string }> = {
  exact: { zh: '', en: '' },
  'more-than': { zh: '超', en: 'more than ' },
  'at-least': { zh: '至少', en: 'at least ' },
  about: { zh: '约', en: 'about ' },
  'less-than': { zh: '不足', en: 'less than ' },
};

export const QUALIFIER_NAME: Record<Qualifier, { zh: string; en: string }> = {
  exact: { zh: '确数', en: 'exact' },
  'more-than': { zh: '超过（下限）', en: 'more than (lower bound)' },
  'at-least': { zh: '至少（推算下限）', en: 'at least (derived bound)' },
  about: { zh: '约数', en: 'about' },
  'less-than': { zh: '不足（上限）', en: 'less than (upper bound)' },
};

export interface ValueFormat {
  /**
   * 'exact' (default) writes every stored digit: tooltips, tables, CSV, tile values.
   * 'readable' keeps at most three significant digits where English writes a scale word
   * ("CNY 1.41 trillion" for 1.408373 万亿元): value labels on charts. Chinese keeps the value as printed.
   */
  precision?: 'exact' | 'readable';
  /**
   * The decimals the value was printed with (`printedDecimals` in decimal.ts reads them from the
   * source clause): −1 printed "下降1.0%" shows "−1.0%". Never fewer digits than stored.
   */
  decimals?: number;
}

/**
 * A value in its unit, with its qualifier, in the reader's language.
 * zh keeps the value as printed ("超1.4万P"); en converts to the base unit ("more than 14,000 P").
 * Negative values carry a true minus sign (U+2212).
 */
export function formatValue(value: number, unitId: UnitId, qualifier: Qualifier, lang: Lang, options: ValueFormat = {}): string {
  const unit = UNITS[unitId];
  const readable = options.precision === 'readable';
  const { decimals } = options;
  /** The value as stored, in its own unit: percentages, intensities, Chinese scaled units. */
  const plain = displayMinus(decimals !== undefined ? padDecimals(shiftDecimal(value, 0), decimals) : shiftDecimal(value, 0));
  if (LANGUAGES[lang].units === 'as-printed') {
    const number = unit.exp === 0 ? scaledNumber(value, lang, { decimals }) : plain;
    return pick(QUALIFIER_TEXT[qualifier], lang) + number + pick(unit, lang);
  }
  const base = scaledNumber(value, 'en', { exp: unit.exp, decimals, readable });
  const prefix = QUALIFIER_TEXT[qualifier].en;
  switch (unit.dimension) {
    case 'currency':
      return `${prefix}CNY ${base}`;
    case 'percent':
      return `${prefix}${plain}%`;
    case 'percentage-point':
      return `${prefix}${plain} percentage point${plain === '1' ? '' : 's'}`;
    case 'compute':
      return `${prefix}${base} ${unit.en}`;
    case 'mass':
      return `${prefix}${base} tonnes`;
    case 'intensity':
      return `${prefix}${plain} ${unit.en}`;
    case 'count':
      return `${prefix}${base}`;
  }
}

/** A short axis label for a plain number in a unit's own scale ("1.4万", "14,000"). Prefer `axisNumberFormatter`. */
export function formatAxisNumber(value: number, lang: Lang): string {
  return scaledNumber(value, lang);
}

/** Removes binary noise from a tick value (0.30000000000000004 → 0.3) without touching real digits. */
function cleanTick(value: number): number {
  return Number(value.toPrecision(12));
}

/** How one axis writes its ticks: every tick shifted by the same power of ten, with the same word. */
interface AxisScale {
  /** Decimal places to shift a stored value by (stored × 10^shift is the number written). */
  shift: number;
  /** Written after every tick but zero ("万", " million"), or nothing. */
  suffix: string;
  /** The word of the scale when it belongs in the axis' unit label instead ("billion" in "CNY billion"). */
  unitWord: string;
  group: boolean;
}

/** Dimensions whose English ticks are the stored numbers themselves (%, percentage points, m³ per CNY 10,000). */
const UNSCALED: ReadonlySet<string> = new Set(['percent', 'percentage-point', 'intensity']);

function axisScale(lang: Lang, maxAbs: number, unitId: UnitId | undefined): AxisScale {
  const magnitude = Number.isFinite(maxAbs) ? Math.abs(maxAbs) : 0;
  const { units, scaleWords, groupThousands: group } = LANGUAGES[lang];
  if (units === 'as-printed') {
    // Chinese ticks stay in the unit as printed (亿元 ticks count 亿元) and group by 万/亿/万亿 like Intl's zh-CN compact notation.
    const [power, word] = stepFor(magnitude, scaleWords);
    return { shift: -power, suffix: word, unitWord: '', group };
  }
  const unit = unitId ? UNITS[unitId] : undefined;
  if (unit && UNSCALED.has(unit.dimension)) return { shift: 0, suffix: '', unitWord: '', group };
  const exp = unit?.exp ?? 0;
  const [power, word] = stepFor(magnitude * 10 ** exp, scaleWords);
  // "CNY" comes before the number: the scale word joins it in the unit label ("CNY billion"), not every tick.
  if (unit?.dimension === 'currency') return { shift: exp - power, suffix: '', unitWord: word.trim(), group };
  return { shift: exp - power, suffix: word, unitWord: '', group };
}

const axisFormatters = new Map<string, (value: number) => string>();

/**
 * The tick formatter of one value axis: every tick in the same form, chosen once from the axis'
 * largest absolute value (the data's largest |value|, in the unit it is stored in; the axis'
 * own max if you have it).
 *
 * - zh: like Intl.NumberFormat('zh-CN', { notation: 'compact' }) but all ticks in one power and
 *   never rounded: 15000 … 0 → "1.5万, 1.2万, 0.9万, 0.6万, 0".
 * - en: thousands separators ("15,000, 12,000, 9,000"), or one scale word on every tick
 *   ("1.5 million, 1 million, 0.5 million"); no "K". Given the unit, English ticks count the base
 *   unit: an axis stored in 亿元 counts CNY billion (639.6 亿元 → "64"), 万P counts P.
 *
 * Pair it with `axisUnitLabel(unit, lang, maxAbs)` for the axis name: the two agree.
 * The function returned is memoised by language and scale, so the same reference comes back
 * for the same axis (echarts-for-react compares functions by reference): call it while building
 * the option, no need to hoist it.
 */
export function axisNumberFormatter(lang: Lang, maxAbs: number, unitId?: UnitId): (value: number) => string {
  const scale = axisScale(lang, maxAbs, unitId);
  const key = `${lang}|${scale.shift}|${scale.suffix}`;
  let formatter = axisFormatters.get(key);
  if (!formatter) {
    formatter = (value: number) => {
      if (value === 0 || !Number.isFinite(value)) return String(value === 0 ? 0 : value);
      const number = shiftDecimal(cleanTick(value), scale.shift);
      return displayMinus(scale.group ? groupThousands(number) : number) + scale.suffix;
    };
    axisFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The unit an axis states once, matching `axisNumberFormatter`'s ticks for the same arguments:
 * zh the unit as printed ("亿元", "万P", "%"); en the base unit, with the scale word where the
 * currency comes first ("CNY billion", "CNY trillion", "P", "tonnes", "%").
 */
export function axisUnitLabel(unitId: UnitId, lang: Lang, maxAbs: number): string {
  const unit = UNITS[unitId];
  if (LANGUAGES[lang].units === 'as-printed') return pick(unit, lang);
  const { unitWord } = axisScale(lang, maxAbs, unitId);
  if (unit.dimension === 'currency') return unitWord ? `CNY ${unitWord}` : 'CNY';
  return unit.en;
}

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** The month of a date as the language writes it inside a date: "9" (2025年9月) or "Sep". */
function monthText(year: number, month: number, lang: Lang): string {
  // A month's name is the same in every year: formatted once per language and month.
  const { month: style, monthNames } = LANGUAGES[lang];
  if (style === 'numeric') return String(month);
  const named = monthNames?.[month - 1];
  if (named !== undefined) return named;
  const key = `${lang}:${month}`;
  const known = monthTexts.get(key);
  if (known !== undefined) return known;
  let format = monthFormats.get(lang);
  if (!format)
    monthFormats.set(lang, (format = new Intl.DateTimeFormat(LANGUAGES[lang].tag, { month: LANGUAGES[lang].month, timeZone: 'UTC' })));
  const part = format.formatToParts(new Date(Date.UTC(year, month - 1, 1))).find((p) => p.type === 'month');
  const text = part?.value ?? String(month);
  monthTexts.set(key, text);
  return text;
}
const monthTexts = new Map<string, string>();

/** A date as its source gives it: a day, or only a month or a year where a web page shows no more. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const year = String(y);
  if (m === undefined) return formatMessage(lang, 'dateYear', { year });
  const month = monthText(y!, m, lang);
  if (d === undefined) return formatMessage(lang, 'dateMonth', { year, month });
  return formatMessage(lang, 'dateDay', { year, month, day: String(d) });
}

/** The quarters from the first, by how many they are: the first half, the first three quarters, the whole year. */
const FIRST_QUARTERS = { 2: 'periodFirstHalf', 3: 'periodFirstThreeQuarters', 4: 'periodFullYear' } as const;

export function formatPeriod(period: Period, lang: Lang): string {
  const text = (key: Parameters<typeof formatMessage>[1], params: Record<string, string | number> = {}) =>
    formatMessage(lang, key, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])));
  switch (period.type) {
    case 'year':
      return text('year', { year: period.year });
    case 'quarters':
      if (period.from === 1 && period.to > 1) return text(FIRST_QUARTERS[period.to as 2 | 3 | 4], { year: period.year });
      if (period.from === period.to) return text('periodQuarter', { year: period.year, quarter: period.from });
      return text('periodQuarters', { year: period.year, from: period.from, to: period.to });
    case 'range': {
      const plan = period.from === CURRENT_PLAN.firstYear && period.to === CURRENT_PLAN.lastYear;
      return text(plan ? 'periodPlan' : 'yearRange', { from: period.from, to: period.to });
    }
    case 'cumulative':
      if (period.since !== undefined) return text('periodCumulativeSince', { since: period.since, date: formatDate(period.through, lang) });
      return text('periodCumulative', { date: formatDate(period.through, lang) });
    case 'as-of':
      return text('periodAsOf', { date: formatDate(period.date, lang) });
    case 'not-stated':
      return text('periodNotStated');
    case 'target':
      if (period.from !== undefined) return text('periodTargetFrom', { from: period.from, year: period.year });
      return text('periodTarget', { year: period.year });
  }
}
