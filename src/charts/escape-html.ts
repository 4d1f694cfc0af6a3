import { must } from '@/lib/must';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** ECharts renders tooltip text as HTML: every string from data goes through this first. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => must(ENTITIES[ch], `an entity for ${ch}`));
}
