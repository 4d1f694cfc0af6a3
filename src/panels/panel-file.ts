import { z } from 'zod';
import { DataFileError, type DataProblem } from '@/data/problems';
import { idSchema, themeSchema } from '@/data/schema';
import { parseTemplate } from './note-template';

/**
 * data/panels.json: the dashboard's panels in dashboard order, each a chart or a row of headline
 * tiles. Texts are templates (note-template.ts); a trend's years may name the plan's
 * ("plan.baselineYear", "plan.from", "plan.to") so that a new plan period is a data change.
 */
export { PANELS_FILE } from '@/data/file-names';

const text = z.string({ error: 'must be a string' }).trim().min(1, { error: 'must not be empty' });
/** A text in both languages, each a template whose placeholders must parse. */
const template = z.strictObject({ zh: text, en: text });
const ids = z.array(idSchema).min(1, { error: 'needs at least one id' });
const year = z.int({ error: 'must be a whole year' }).min(2000, { error: 'year before 2000' }).max(2100, { error: 'year after 2100' });

export const PLAN_YEAR_REFS = ['plan.baselineYear', 'plan.from', 'plan.to'] as const;
export type PlanYearRef = (typeof PLAN_YEAR_REFS)[number];
const yearRef = z.union([year, z.enum(PLAN_YEAR_REFS)], {
  error: `must be a year or one of ${PLAN_YEAR_REFS.map((r) => `"${r}"`).join(', ')}`,
});

const breakdownSpec = <K extends string>(kind: K) => z.strictObject({ kind: z.literal(kind), breakdown: idSchema });

export const chartSpecSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('bar'), figures: ids, horizontal: z.boolean().optional(), sort: z.boolean().optional() }),
    breakdownSpec('breakdown-bar'),
    breakdownSpec('pie'),
    breakdownSpec('treemap'),
    breakdownSpec('progress'),
    z.strictObject({
      kind: z.literal('before-after'),
      pairs: z.array(z.strictObject({ before: idSchema, after: idSchema })).min(1, { error: 'needs at least one pair' }),
    }),
    z.strictObject({ kind: z.literal('slope'), before: idSchema, after: idSchema }),
    z.strictObject({ kind: z.literal('gauge'), figure: idSchema }),
    z.strictObject({ kind: z.literal('target'), targets: ids }),
    z.strictObject({
      kind: z.literal('trend'),
      from: yearRef,
      to: yearRef,
      series: z.array(z.strictObject({ name: template, figures: ids })).min(1, { error: 'needs at least one series' }),
      targets: ids.optional(),
    }),
  ],
  { error: 'chart kind must be bar, breakdown-bar, pie, treemap, progress, before-after, slope, gauge, target or trend' },
);

const panelBase = {
  id: idSchema,
  theme: themeSchema,
  title: template,
  /** The question an official asks that this panel answers. */
  question: template,
  /** A caveat shown under the chart. */
  note: template.optional(),
  /** Other themes whose figures the panel also shows. */
  alsoUses: z.array(themeSchema).optional(),
};

export const panelFileDefSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...panelBase, kind: z.literal('chart'), chart: chartSpecSchema, height: z.int().min(120).max(1200).optional() }),
    z.strictObject({
      ...panelBase,
      kind: z.literal('kpi'),
      tiles: z.array(z.strictObject({ figure: idSchema, change: idSchema.optional() })).min(1, { error: 'needs at least one tile' }),
    }),
  ],
  { error: 'kind must be "chart" or "kpi"' },
);

/** Every templated text of a panel, with its path: title, question, note, series names. */
export function panelTexts(def: {
  title: { zh: string; en: string };
  question: { zh: string; en: string };
  note?: { zh: string; en: string };
  kind: string;
  chart?: unknown;
}): { path: string; text: string }[] {
  const pairs: { path: string; pair: { zh: string; en: string } }[] = [
    { path: 'title', pair: def.title },
    { path: 'question', pair: def.question },
    ...(def.note ? [{ path: 'note', pair: def.note }] : []),
  ];
  const chart = def.chart as { kind?: string; series?: { name: { zh: string; en: string } }[] } | undefined;
  if (chart?.kind === 'trend') chart.series?.forEach((s, i) => pairs.push({ path: `chart.series.${i}.name`, pair: s.name }));
  return pairs.flatMap(({ path, pair }) => (['zh', 'en'] as const).map((lang) => ({ path: `${path}.${lang}`, text: pair[lang] })));
}

export const panelsFileSchema = z
  .strictObject({ panels: z.array(panelFileDefSchema).min(1, { error: 'needs at least one panel' }) })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.panels.forEach((def, i) => {
      const first = seen.get(def.id);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: ['panels', i, 'id'], message: `duplicate panel id "${def.id}" (also panels.${first})` });
      else seen.set(def.id, i);
      for (const { path, text } of panelTexts(def)) {
        for (const error of parseTemplate(text).errors)
          ctx.addIssue({ code: 'custom', path: ['panels', i, ...path.split('.')], message: error });
      }
    });
  });

export type PanelFileDef = z.infer<typeof panelFileDefSchema>;
export type PanelFileChartSpec = z.infer<typeof chartSpecSchema>;

/** Zod issues as problems; each issue inside a panel names the panel's id, so the record can be found. */
function problemsOf(file: string, error: z.ZodError, input: unknown): DataProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    const index = issue.path[0] === 'panels' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const panels = (input as { panels?: unknown })?.panels;
    const id = index !== undefined && Array.isArray(panels) ? (panels[index] as { id?: unknown } | undefined)?.id : undefined;
    return {
      file,
      path,
      message: typeof id === 'string' && !issue.message.includes(`"${id}"`) ? `${issue.message} (panel ${id})` : issue.message,
    };
  });
}

/** Validates panels.json; every problem names the file, the field and the panel. */
export function validatePanelsFile(file: string, input: unknown): PanelFileDef[] {
  const result = panelsFileSchema.safeParse(input);
  if (!result.success) throw new DataFileError(file, problemsOf(file, result.error, input));
  return result.data.panels;
}
