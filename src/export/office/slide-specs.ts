/**
 * The deck as plain data: a title slide and one slide per visible panel, each with its title,
 * units and periods, its chart's numbers (or table, or tiles), a source footer and speaker notes
 * holding every figure's source clause. Pure: write-pptx.ts turns it into a file.
 */
import type { FigureRow } from '@/view-model/select-rows';
import { formatDate } from '@/i18n/format';
import type { Lang } from '@/i18n/lang';
import { formatMessage, UI } from '@/i18n/strings';
import { storedUnitText } from '../export-captions';
import { figureNote, officeWords, sourceFooter, type OfficeBody, type OfficePanel } from './office-model';

export interface SlideSpec {
  panelId: string;
  title: string;
  /** "单位：亿元 · 时期：2025年" */
  subtitle: string;
  body: OfficeBody;
  /** Values with a qualifier as stated ("超6100家"), the panel's caveat, how the chart is drawn. */
  caption: string;
  /** Publisher and date of every source. */
  footer: string;
  /** The question, then each figure with its clause (or derivation) and its source. */
  notes: string;
}

export interface TitleSlideSpec {
  title: string;
  lines: string[];
}

export interface DeckSpec {
  lang: Lang;
  /** The font face for every text: a CJK face for Chinese, a Latin one for English. */
  fontFace: string;
  titleSlide: TitleSlideSpec;
  slides: SlideSpec[];
}

/** Facts about the view the title slide and the files' properties state. */
export interface ViewFacts {
  appTitle: string;
  filtersText: string;
  /** ISO date of the newest source. */
  dataDate?: string;
  /** The data's version ("2025-12-10 · 3f9a2c1"), where known. */
  dataVersion?: string;
  viewUrl: string;
  exportedAt: Date;
}

/**
 * Fonts a reader's Office or WPS has. Microsoft YaHei ships with Windows and WPS; where it is
 * missing, PowerPoint and WPS substitute their own East Asian face for the Chinese characters.
 */
export const FONT_FACE: Record<Lang, string> = { zh: 'Microsoft YaHei', en: 'Calibri' };

function uniqueTexts(items: readonly string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}

/**
 * "单位：亿元 · 时期：2021年、2025年": every unit (of values as stored) and period of the panel,
 * each once, a long run of periods in short. Tiles write their values with their units, so
 * `withUnits: false` leaves the units out.
 */
export function unitsAndPeriods(rows: readonly FigureRow[], lang: Lang, { withUnits = true } = {}): string {
  const t = UI[lang];
  const w = officeWords(lang);
  const units = withUnits ? uniqueTexts(rows.map((r) => storedUnitText(r.unit, lang))) : [];
  const periods = uniqueTexts(rows.map((r) => r.periodText));
  const [first] = periods;
  const last = periods.at(-1);
  const periodText =
    periods.length > 3 && first !== undefined && last !== undefined
      ? formatMessage(lang, 'officeThrough', { first, last })
      : periods.join(w.listComma);
  return [units.length ? `${t.unit}${t.colon}${units.join(w.listComma)}` : '', periods.length ? `${t.period}${t.colon}${periodText}` : '']
    .filter(Boolean)
    .join(' · ');
}

/** The values a qualifier changes ("超6100家", "at least 5,045"): a native chart shows the bare number, the slide says it as stated. */
export function statedQualifiers(rows: readonly FigureRow[], lang: Lang): string {
  const qualified = rows.filter((r) => r.qualifier !== 'exact');
  if (!qualified.length) return '';
  const t = UI[lang];
  return `${officeWords(lang).asStated}${t.colon}${qualified.map((r) => `${r.label} ${r.valueText}`).join(t.listSep)}`;
}

export function slideNotes(panel: OfficePanel, lang: Lang): string {
  const t = UI[lang];
  return [panel.question, ...panel.rows.map((row) => figureNote(row, lang)), panel.note ? `${t.note}${t.colon}${panel.note}` : '']
    .filter(Boolean)
    .join('\n');
}

export function slideSpec(panel: OfficePanel, lang: Lang): SlideSpec {
  const drawnAs = panel.body.kind === 'chart' ? panel.body.table.drawnAs : undefined;
  // Tiles show their values as stated already; a chart's bars and a table's numbers need the words beside them.
  const qualifiers = panel.body.kind === 'tiles' ? '' : statedQualifiers(panel.rows, lang);
  const t = UI[lang];
  return {
    panelId: panel.id,
    title: panel.title,
    subtitle: unitsAndPeriods(panel.rows, lang, { withUnits: panel.body.kind !== 'tiles' }),
    body: panel.body,
    caption: [qualifiers, panel.note, drawnAs].filter(Boolean).join(t.listSep),
    footer: sourceFooter(panel.rows, lang),
    notes: slideNotes(panel, lang),
  };
}

export function titleSlide(facts: ViewFacts, lang: Lang): TitleSlideSpec {
  const t = UI[lang];
  const w = officeWords(lang);
  return {
    title: facts.appTitle,
    lines: [
      `${t.filters}${t.colon}${facts.filtersText}`,
      facts.dataDate ? `${w.dataAsOf}${t.colon}${formatDate(facts.dataDate, lang)}` : '',
      facts.dataVersion ? `${w.dataVersion}${t.colon}${facts.dataVersion}` : '',
      `${w.viewLink}${t.colon}${facts.viewUrl}`,
    ].filter(Boolean),
  };
}

/** The whole deck: a title slide, then one slide per panel in the view's order. */
export function deckSpec(panels: readonly OfficePanel[], facts: ViewFacts, lang: Lang): DeckSpec {
  return { lang, fontFace: FONT_FACE[lang], titleSlide: titleSlide(facts, lang), slides: panels.map((panel) => slideSpec(panel, lang)) };
}
