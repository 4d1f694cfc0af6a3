import type { Period, Qualifier } from '@/data/schema';
import { UNITS, type UnitId } from '@/data/units';
import { decimalsIn, displayMinus, groupThousands, padDecimals, roundSignificant, shiftDecimal } from './decimal';
import type { Lang } from './lang';

/** Powers of ten with a word, largest first: Chinese 万/亿/万亿, English million/billion/trillion. */
const ZH_STEPS: readonly (readonly [number, string])[] = [[12, '万亿'], [8, '亿'], [4, '万']];
const EN_STEPS: readonly (readonly [number, string])[] = [[12, ' trillion'], [9, ' billion'], [6, ' million']];

/** The step whose power the magnitude reaches (power 0 and no word below the smallest). */
function stepFor(magnitude: number, steps: readonly (readonly [number, string])[]): readonly [number, string] {
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
  const [power, word] = stepFor(base, lang === 'zh' ? ZH_STEPS : EN_STEPS);
  let mantissa = shiftDecimal(value, exp - power);
  const rounded = readable && power > 0 ? roundSignificant(mantissa, 3) : mantissa;
  if (rounded !== mantissa) mantissa = rounded;
  else if (decimals !== undefined && decimals > decimalsIn(shiftDecimal(value, 0))) mantissa = padDecimals(mantissa, decimals - exp + power);
  return displayMinus(lang === 'en' ? groupThousands(mantissa) : mantissa) + word;
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
  if (lang === 'zh') {
    const number = unit.exp === 0 ? scaledNumber(value, 'zh', { decimals }) : plain;
    return QUALIFIER_TEXT[qualifier].zh + number + unit.zh;
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
  return lang === 'zh' ? formatZhNumber(value) : formatEnNumber(value);
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
  if (lang === 'zh') {
    // Chinese ticks stay in the unit as printed (亿元 ticks count 亿元) and group by 万/亿/万亿 like Intl's zh-CN compact notation.
    const [power, word] = stepFor(magnitude, ZH_STEPS);
    return { shift: -power, suffix: word, unitWord: '', group: false };
  }
  const unit = unitId ? UNITS[unitId] : undefined;
  if (unit && UNSCALED.has(unit.dimension)) return { shift: 0, suffix: '', unitWord: '', group: true };
  const exp = unit?.exp ?? 0;
  const [power, word] = stepFor(magnitude * 10 ** exp, EN_STEPS);
  // "CNY" comes before the number: the scale word joins it in the unit label ("CNY billion"), not every tick.
  if (unit?.dimension === 'currency') return { shift: exp - power, suffix: '', unitWord: word.trim(), group: true };
  return { shift: exp - power, suffix: word, unitWord: '', group: true };
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
  if (lang === 'zh') return unit.zh;
  const { unitWord } = axisScale(lang, maxAbs, unitId);
  if (unit.dimension === 'currency') return unitWord ? `CNY ${unitWord}` : 'CNY';
  return unit.en;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as its source gives it: a day, or only a month or a year where a web page shows no more. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return lang === 'zh' ? `${y}年` : String(y);
  if (d === undefined) return lang === 'zh' ? `${y}年${m}月` : `${EN_MONTHS[m - 1]} ${y}`;
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

export function formatPeriod(period: Period, lang: Lang): string {
  const zh = lang === 'zh';
  switch (period.type) {
    case 'year':
      return zh ? `${period.year}年` : String(period.year);
    case 'quarters':
      if (period.from === 1 && period.to > 1) {
        const zhNames = ['', '', '上半年', '前三季度', '全年'];
        return zh ? `${period.year}年${zhNames[period.to]}` : `${period.year} Q1–Q${period.to}`;
      }
      return zh
        ? `${period.year}年第${period.from === period.to ? period.from : `${period.from}–${period.to}`}季度`
        : `${period.year} Q${period.from}${period.from === period.to ? '' : `–Q${period.to}`}`;
    case 'range': {
      const plan = period.from === 2021 && period.to === 2025;
      return zh ? `${period.from}–${period.to}年${plan ? '（“十四五”时期）' : ''}` : `${period.from}–${period.to}${plan ? ' (14th FYP)' : ''}`;
    }
    case 'cumulative':
      if (period.since !== undefined)
        return zh ? `${period.since}年以来累计（截至${formatDate(period.through, lang)}）` : `cumulative since ${period.since} (to ${formatDate(period.through, lang)})`;
      return zh ? `累计（截至${formatDate(period.through, lang)}）` : `cumulative (to ${formatDate(period.through, lang)})`;
    case 'as-of':
      return zh ? `截至${formatDate(period.date, lang)}` : `as of ${formatDate(period.date, lang)}`;
    case 'not-stated':
      return zh ? '时期未注明' : 'period not stated';
    case 'target':
      if (period.from !== undefined) return zh ? `${period.from}–${period.year}年目标` : `${period.from}–${period.year} target`;
      return zh ? `${period.year}年目标` : `${period.year} target`;
  }
}
