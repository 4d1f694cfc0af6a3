import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { Trust } from '@/data/schema';

/** Lowest first: a figure resting on several sources is as trustworthy as the weakest. */
const TRUST_ORDER: readonly Trust[] = ['medium', 'medium-high', 'high'];

export function lowestTrust(trusts: readonly (Trust | undefined)[]): Trust | undefined {
  const rated = trusts.filter((t): t is Trust => t !== undefined);
  if (!rated.length) return undefined;
  return rated.reduce((low, t) => (TRUST_ORDER.indexOf(t) < TRUST_ORDER.indexOf(low) ? t : low));
}

/** Anything below "high" is not the official original: the dashboard marks it "reposted source". */
export function isReposted(trust: Trust | undefined): boolean {
  return trust !== undefined && trust !== 'high';
}

export function trustText(trust: Trust, lang: Lang): string {
  const t = UI[lang];
  return { high: t.trustHigh, 'medium-high': t.trustMediumHigh, medium: t.trustMedium }[trust];
}

/**
 * A link target that is safe to put in an href: only http(s). The schema already refuses other
 * schemes, but a data file can be replaced on the server, so the renderer checks again.
 */
export function safeWebUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
