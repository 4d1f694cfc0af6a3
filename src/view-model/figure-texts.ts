import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { Basis } from '@/data/schema';
import type { StatusReason, TargetStatus } from '@/data/target-status';

/** What a percentage is measured on, in words. */
export function basisText(basis: Basis, lang: Lang): string {
  const t = UI[lang];
  return { output: t.basisOutput, 'value-added': t.basisValueAdded, growth: t.basisGrowth, reduction: t.basisReduction }[basis];
}

export function statusText(status: TargetStatus, lang: Lang): string {
  const t = UI[lang];
  return { met: t.statusMet, 'not-met': t.statusNotMet, undetermined: t.statusUndetermined, 'no-result': t.statusNoResult }[status];
}

/** A symbol beside the status text in charts, so the status never rests on colour alone. */
export const STATUS_MARK: Record<TargetStatus, string> = { met: '✓', 'not-met': '✗', undetermined: '?', 'no-result': '–' };

export function reasonText(reason: StatusReason, lang: Lang): string {
  const t = UI[lang];
  return {
    'result-meets': t.reasonMeets,
    'result-falls-short': t.reasonFallsShort,
    'result-is-bound': t.reasonBound,
    'result-is-approximate': t.reasonApproximate,
    'target-is-approximate': t.reasonTargetApproximate,
    'no-result': t.reasonNoResult,
  }[reason];
}
