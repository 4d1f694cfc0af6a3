/**
 * Units a figure may be stated in. A figure's value is kept as printed in its unit
 * (2.2 万亿元, 1.4 万P); `exp` (a power of ten) converts it to the unit's base for English formatting
 * (2.2 万亿元 → CNY 2.2 trillion, 1.4 万P → 14,000 P). `en` names that base unit, as English values
 * and axes are written in it (an axis adds its scale: `axisUnitLabel` gives "CNY billion"); the
 * stored scale's English name, for numbers given as stored (CSV), is `storedUnitText`.
 */
export type UnitDimension = 'count' | 'currency' | 'percent' | 'percentage-point' | 'compute' | 'mass' | 'intensity';

export interface UnitDef {
  zh: string;
  en: string;
  dimension: UnitDimension;
  /** A value in this unit times 10^exp is the base quantity (CNY, items, P, tonnes). */
  exp: number;
}

export const UNITS = {
  ge: { zh: '个', en: 'count', dimension: 'count', exp: 0 },
  'wan-ge': { zh: '万个', en: 'count', dimension: 'count', exp: 4 },
  jia: { zh: '家', en: 'count', dimension: 'count', exp: 0 },
  xiang: { zh: '项', en: 'count', dimension: 'count', exp: 0 },
  zhong: { zh: '种', en: 'kinds', dimension: 'count', exp: 0 },
  jian: { zh: '件', en: 'cases', dimension: 'count', exp: 0 },
  kuan: { zh: '款', en: 'products', dimension: 'count', exp: 0 },
  mei: { zh: '枚', en: 'rockets', dimension: 'count', exp: 0 },
  'wan-tai': { zh: '万台', en: 'units', dimension: 'count', exp: 4 },
  'jia-aircraft': { zh: '架', en: 'aircraft', dimension: 'count', exp: 0 },
  chang: { zh: '场', en: 'sessions', dimension: 'count', exp: 0 },
  ming: { zh: '名', en: 'people', dimension: 'count', exp: 0 },
  tiao: { zh: '条', en: 'chains', dimension: 'count', exp: 0 },
  pi: { zh: '批', en: 'batches', dimension: 'count', exp: 0 },
  jie: { zh: '届', en: 'editions', dimension: 'count', exp: 0 },
  nian: { zh: '年', en: 'years', dimension: 'count', exp: 0 },
  tai: { zh: '台', en: 'machines', dimension: 'count', exp: 0 },
  'yi-yuan': { zh: '亿元', en: 'CNY', dimension: 'currency', exp: 8 },
  'wanyi-yuan': { zh: '万亿元', en: 'CNY', dimension: 'currency', exp: 12 },
  percent: { zh: '%', en: '%', dimension: 'percent', exp: 0 },
  pp: { zh: '个百分点', en: 'percentage points', dimension: 'percentage-point', exp: 0 },
  P: { zh: 'P', en: 'PFLOPS', dimension: 'compute', exp: 0 },
  'wan-P': { zh: '万P', en: 'PFLOPS', dimension: 'compute', exp: 4 },
  'yiyi-flops': { zh: '亿亿次/秒', en: 'PFLOPS', dimension: 'compute', exp: 1 },
  'wan-tonnes': { zh: '万吨', en: 'tonnes', dimension: 'mass', exp: 4 },
  'm3-per-wan-yuan': { zh: '立方米/万元', en: 'm³ per CNY 10,000', dimension: 'intensity', exp: 0 },
} as const satisfies Record<string, UnitDef>;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [UnitId, ...UnitId[]];
