import type { Goal, Qualifier } from './schema';

/**
 * Whether a plan target was met, judged only from what the sources state:
 * - met / not-met: every value the result's wording allows falls on the same side of the target;
 * - undetermined: the wording allows both ("more than 480" against "more than 500"), or the
 *   target itself is approximate ("5%左右" sets no line to judge against);
 * - no-result: no source gives a result at the target's scope.
 */
export type TargetStatus = 'met' | 'not-met' | 'undetermined' | 'no-result';

/** Why a status is what it is, for the tooltip and the data table. */
export type StatusReason =
  | 'result-meets'
  | 'result-falls-short'
  | 'result-is-bound'
  | 'result-is-approximate'
  | 'target-is-approximate'
  | 'no-result';

export type Direction = Goal['direction'];

export interface StatedValue {
  value: number;
  qualifier: Qualifier;
}

/** The values a stated figure allows: an interval, each end open or closed. */
interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

/** Half a unit in the last printed digit: "约4.8" allows 4.75 to 4.85. */
function roundingHalfWidth(value: number): number {
  const text = String(value);
  const [, fraction] = text.split('.');
  const decimals = fraction !== undefined && !text.includes('e') ? fraction.length : 0;
  return 0.5 * 10 ** -decimals;
}

function allowedValues({ value, qualifier }: StatedValue): Interval {
  switch (qualifier) {
    case 'exact':
      return { lo: value, loOpen: false, hi: value, hiOpen: false };
    case 'more-than':
      return { lo: value, loOpen: true, hi: Infinity, hiOpen: true };
    case 'at-least':
      return { lo: value, loOpen: false, hi: Infinity, hiOpen: true };
    case 'less-than':
      return { lo: -Infinity, loOpen: true, hi: value, hiOpen: true };
    case 'about': {
      const h = roundingHalfWidth(value);
      return { lo: value - h, loOpen: false, hi: value + h, hiOpen: true };
    }
  }
}

/**
 * The values that meet a target. "达到200家" (exact) and "300家以上" / "6%以上" (at-least) ask for
 * at least that number, so exactly 300 or exactly 6% meets them; "突破500个" / "超过" (more-than) is
 * read strictly, as more than 500, so a result of exactly 500 does not meet it.
 * A ceiling (lower is better) reads the same way downwards.
 */
function requiredValues(target: StatedValue, direction: Direction): Interval {
  const { value, qualifier } = target;
  if (direction === 'higher-is-better') {
    if (qualifier === 'less-than') throw new Error(`a "less than ${value}" target cannot ask for a higher value`);
    return { lo: value, loOpen: qualifier === 'more-than', hi: Infinity, hiOpen: true };
  }
  if (qualifier === 'more-than' || qualifier === 'at-least')
    throw new Error(`a "${qualifier} ${value}" target cannot ask for a lower value`);
  return { lo: -Infinity, loOpen: true, hi: value, hiOpen: qualifier === 'less-than' };
}

function contains(outer: Interval, inner: Interval): boolean {
  const loInside = inner.lo > outer.lo || (inner.lo === outer.lo && (!outer.loOpen || inner.loOpen));
  const hiInside = inner.hi < outer.hi || (inner.hi === outer.hi && (!outer.hiOpen || inner.hiOpen));
  return loInside && hiInside;
}

function disjoint(a: Interval, b: Interval): boolean {
  const aBelowB = a.hi < b.lo || (a.hi === b.lo && (a.hiOpen || b.loOpen));
  const bBelowA = b.hi < a.lo || (b.hi === a.lo && (b.hiOpen || a.loOpen));
  return aBelowB || bBelowA;
}

/** Judges a result against a target. Throws when the target's qualifier contradicts its direction. */
export function targetStatus(
  target: StatedValue,
  result: StatedValue | undefined,
  direction: Direction,
): { status: TargetStatus; reason: StatusReason } {
  const required = requiredValues(target, direction);
  if (!result) return { status: 'no-result', reason: 'no-result' };
  if (target.qualifier === 'about') return { status: 'undetermined', reason: 'target-is-approximate' };
  const allowed = allowedValues(result);
  if (contains(required, allowed)) return { status: 'met', reason: 'result-meets' };
  if (disjoint(required, allowed)) return { status: 'not-met', reason: 'result-falls-short' };
  return { status: 'undetermined', reason: result.qualifier === 'about' ? 'result-is-approximate' : 'result-is-bound' };
}
