/**
 * Exact decimal shifts on a number's printed digits, so that 2.2 万亿 becomes 2200000000000
 * and 14000 becomes 1.4 万 without binary floating-point noise.
 */
export function shiftDecimal(value: number, places: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  // split always gives at least one part: the integer part is never missing.
  const [intPart = '', fracPart = ''] = expandExponent(Math.abs(value)).split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + places;
  let result: string;
  if (point <= 0) result = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) result = digits + '0'.repeat(point - digits.length);
  else result = `${digits.slice(0, point)}.${digits.slice(point)}`;
  result = result.replace(/^0+(?=\d)/, '');
  if (result.includes('.')) result = result.replace(/\.?0+$/, '');
  return (negative && result !== '0' ? '-' : '') + result;
}

function expandExponent(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa, exponent] = text.split(/e/i);
  return shiftDecimal(Number(mantissa), Number(exponent));
}

/** Inserts thousands separators into a plain decimal string: "14000.5" → "14,000.5". */
export function groupThousands(decimal: string): string {
  const [intPart = '', fracPart] = decimal.split('.');
  const sign = intPart.startsWith('-') ? '-' : '';
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fracPart !== undefined ? `.${fracPart}` : '');
}

/** The minus sign of display text (U+2212): "−1.0%". Machine-read text (CSV, JSON) keeps "-". */
export const MINUS = '\u2212';

/** A decimal string for display: a leading "-" becomes a true minus sign. */
export function displayMinus(decimal: string): string {
  return decimal.startsWith('-') ? MINUS + decimal.slice(1) : decimal;
}

/** How many decimals a plain decimal string shows ("1.0" → 1, "6100" → 0). */
export function decimalsIn(decimal: string): number {
  const dot = decimal.indexOf('.');
  return dot < 0 ? 0 : decimal.length - dot - 1;
}

/** Pads a plain decimal string with zeros to at least `min` decimals: ("1", 1) → "1.0". Never removes digits. */
export function padDecimals(decimal: string, min: number): string {
  const missing = min - decimalsIn(decimal);
  if (missing <= 0) return decimal;
  return (decimal.includes('.') ? decimal : `${decimal}.`) + '0'.repeat(missing);
}

/**
 * Rounds a plain decimal string to `digits` significant digits, half away from zero, on its
 * digits (no binary noise): ("1.408373", 3) → "1.41", ("63.96", 3) → "64". Trailing zeros go.
 */
export function roundSignificant(decimal: string, digits: number): string {
  const negative = decimal.startsWith('-');
  const [intPart = '', fracPart = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const all = intPart + fracPart;
  const first = all.search(/[1-9]/);
  if (first < 0) return '0';
  const keep = first + digits;
  if (keep >= all.length) return decimal;
  // Round the digit string at `keep`, carrying to the left.
  const kept = all.slice(0, keep).split('').map(Number);
  if (Number(all[keep]) >= 5) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    const carried = kept[i];
    if (carried !== undefined) kept[i] = carried + 1;
    else kept.unshift(1);
  }
  const grew = kept.length - keep;
  const intLength = intPart.length + grew;
  const padded = kept.join('') + '0'.repeat(Math.max(0, intLength - kept.length));
  let result = padded.slice(0, intLength) + (padded.length > intLength ? `.${padded.slice(intLength)}` : '');
  result = result.replace(/^0+(?=\d)/, '');
  if (result.includes('.')) result = result.replace(/\.?0+$/, '');
  return (negative && result !== '0' ? '-' : '') + result;
}

/**
 * The decimals a value was printed with, read from the text that states it: −1 stored from
 * "下降1.0%" was printed with one decimal. Numbers in the text equal to the value's magnitude are
 * its printings; without one, the stored value's own decimals.
 */
export function printedDecimals(value: number, text: string | undefined): number {
  const own = decimalsIn(shiftDecimal(value, 0));
  if (!text) return own;
  const magnitude = Math.abs(value);
  let found = -1;
  for (const match of text.matchAll(/\d+(?:\.\d+)?/g)) {
    if (Number(match[0]) === magnitude) found = Math.max(found, decimalsIn(match[0]));
  }
  return Math.max(own, found);
}
