import type { Period, Qualifier } from '@/data/schema';
import { UNITS, type UnitId } from '@/data/units';
import { groupThousands, shiftDecimal } from './decimal';
import type { Lang } from './lang';

/** Chinese grouping of a plain number: 14000 → "1.4万", 2.2e12 → "2.2万亿". Smaller numbers stay as printed. */
export function formatZhNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return shiftDecimal(value, -12) + '万亿';
  if (abs >= 1e8) return shiftDecimal(value, -8) + '亿';
  if (abs >= 1e4) return shiftDecimal(value, -4) + '万';
  return shiftDecimal(value, 0);
}

/** English number with thousands separators; millions and up in words ("4.5 million"). */
export function formatEnNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return shiftDecimal(value, -12) + ' trillion';
  if (abs >= 1e9) return shiftDecimal(value, -9) + ' billion';
  if (abs >= 1e6) return shiftDecimal(value, -6) + ' million';
  return groupThousands(shiftDecimal(value, 0));
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
  'more-than': { zh: '超过(下限)', en: 'more than (lower bound)' },
  'at-least': { zh: '至少(推算下限)', en: 'at least (derived bound)' },
  about: { zh: '约数', en: 'about' },
  'less-than': { zh: '不足(上限)', en: 'less than (upper bound)' },
};

/**
 * A value in its unit, with its qualifier, in the reader's language.
 * zh keeps the value as printed ("超1.4万P"); en converts to the base unit ("more than 14,000 P").
 */
export function formatValue(value: number, unitId: UnitId, qualifier: Qualifier, lang: Lang): string {
  const unit = UNITS[unitId];
  if (lang === 'zh') {
    const number = unit.exp === 0 ? formatZhNumber(value) : shiftDecimal(value, 0);
    return QUALIFIER_TEXT[qualifier].zh + number + unit.zh;
  }
  const base = Number(shiftDecimal(value, unit.exp));
  const prefix = QUALIFIER_TEXT[qualifier].en;
  switch (unit.dimension) {
    case 'currency':
      return `${prefix}CNY ${formatEnNumber(base)}`;
    case 'percent':
      return `${prefix}${shiftDecimal(value, 0)}%`;
    case 'percentage-point':
      return `${prefix}${shiftDecimal(value, 0)} percentage point${value === 1 ? '' : 's'}`;
    case 'compute':
      return `${prefix}${formatEnNumber(base)} P`;
    case 'mass':
      return `${prefix}${formatEnNumber(base)} tonnes`;
    case 'intensity':
      return `${prefix}${shiftDecimal(value, 0)} ${unit.en}`;
    case 'count':
      return `${prefix}${formatEnNumber(base)}`;
  }
}

/** A short axis label for a plain number in a unit's own scale ("1.4万", "14,000"). */
export function formatAxisNumber(value: number, lang: Lang): string {
  return lang === 'zh' ? formatZhNumber(value) : formatEnNumber(value);
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
      return zh ? `${period.from}–${period.to}年${plan ? '(“十四五”时期)' : ''}` : `${period.from}–${period.to}${plan ? ' (14th FYP)' : ''}`;
    }
    case 'cumulative':
      if (period.since !== undefined)
        return zh ? `${period.since}年以来累计(截至${formatDate(period.through, lang)})` : `cumulative since ${period.since} (to ${formatDate(period.through, lang)})`;
      return zh ? `累计(截至${formatDate(period.through, lang)})` : `cumulative (to ${formatDate(period.through, lang)})`;
    case 'as-of':
      return zh ? `截至${formatDate(period.date, lang)}` : `as of ${formatDate(period.date, lang)}`;
    case 'not-stated':
      return zh ? '时期未注明' : 'period not stated';
    case 'target':
      if (period.from !== undefined) return zh ? `${period.from}–${period.year}年目标` : `${period.from}–${period.year} target`;
      return zh ? `${period.year}年目标` : `${period.year} target`;
  }
}
