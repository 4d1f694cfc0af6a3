/**
 * Exact decimal shifts on a number's printed digits, so that 2.2 万亿 becomes 2200000000000
 * and 14000 becomes 1.4 万 without binary floating-point noise.
 */
export function shiftDecimal(value: number, places: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const [intPart, fracPart = ''] = expandExponent(Math.abs(value)).split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + places;
  let result: string;
  if (point <= 0) result = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) result = digits + '0'.repeat(point - digits.length);
  else result = digits.slice(0, point) + '.' + digits.slice(point);
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
  const [intPart, fracPart] = decimal.split('.');
  const sign = intPart.startsWith('-') ? '-' : '';
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fracPart !== undefined ? '.' + fracPart : '');
}
