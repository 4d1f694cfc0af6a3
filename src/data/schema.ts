import { z } from 'zod';
import { ID_PATTERN } from './file-names';

// Zod compiles fast paths with `new Function` when it may; the page's Content-Security-Policy
// forbids eval, and even zod's probe for it is reported as a violation.
z.config({ jitless: true });
import { THEME_IDS } from './themes';
import { UNIT_IDS, UNITS } from './units';
import type { DataProblem } from './problems';

/** Stable ids: lower-case words joined by "." or "-", e.g. `industry.output-value`. */
export const idSchema = z
  .string({ error: 'must be a string id' })
  .regex(ID_PATTERN, { error: 'must be lower-case letters and digits joined by "." or "-"' });

const text = z.string({ error: 'must be a string' }).trim().min(1, { error: 'must not be empty' });

export const localizedSchema = z.strictObject({ zh: text, en: text });

const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const year = z.int({ error: 'must be a whole year' }).min(2000, { error: 'year before 2000' }).max(2100, { error: 'year after 2100' });
const quarter = z
  .int({ error: 'must be a quarter 1–4' })
  .min(1, { error: 'must be a quarter 1–4' })
  .max(4, { error: 'must be a quarter 1–4' });

/** The period a figure refers to. "not-stated" is explicit: the source gives no period. */
export const periodSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('year'), year }),
    /** Quarters of one year, e.g. 2025 Q1–Q3 (前三季度). */
    z.strictObject({ type: z.literal('quarters'), year, from: quarter, to: quarter }),
    /** A span of whole years, e.g. the plan period 2021–2025. */
    z.strictObject({ type: z.literal('range'), from: year, to: year }),
    /** A running total ("累计") up to the source date; `since` where the text says when it started. */
    z.strictObject({ type: z.literal('cumulative'), since: year.optional(), through: isoDate }),
    /** A state on a given day ("目前", a batch handed over on a date). */
    z.strictObject({ type: z.literal('as-of'), date: isoDate }),
    z.strictObject({ type: z.literal('not-stated'), note: localizedSchema.optional() }),
    /**
     * A plan target to be reached by `year` ("到2025年"); `from` where the target is over a span
     * ("“十四五”时期下降15%" is from 2021 to 2025). Only figures with a `goal` have this period.
     */
    z.strictObject({ type: z.literal('target'), year, from: year.optional() }),
  ],
  { error: 'must be a period with type year, quarters, range, cumulative, as-of, not-stated or target' },
);

export const qualifierSchema = z.enum(['exact', 'more-than', 'at-least', 'about', 'less-than'], {
  error: (issue) => `unknown qualifier ${JSON.stringify(issue.input)}`,
});

export const unitSchema = z.enum(UNIT_IDS, { error: (issue) => `unknown unit ${JSON.stringify(issue.input)}` });
export const themeSchema = z.enum(THEME_IDS, { error: (issue) => `unknown theme ${JSON.stringify(issue.input)}` });

const value = z.number({ error: 'must be a number' }).refine(Number.isFinite, { error: 'must be a finite number' });

export const baselineSchema = z.strictObject({ value, period: periodSchema, qualifier: qualifierSchema });

export const sourceRefSchema = z.strictObject({
  id: idSchema,
  /** The clause the figure came from, verbatim. */
  clause: text,
  /**
   * The id of the figure in the source's own listing: a record id of context-facts.json, or
   * `context-series-2026-11.jsonl:<line>` for a record of the yearly context series.
   */
  record: text.optional(),
  /**
   * Where the clause itself prints no date, the words of the same source that state the figure's
   * day or period, verbatim ("12月9日,中央第二生态环境保护督察组向我市交办第二十批…").
   */
  periodClause: text.optional(),
});

/**
 * What a published figure is, beside its value: a first release (初步核算), a value that has
 * replaced an earlier one, or an estimate (预计). The value in force is the one stored and drawn.
 */
export const FLAGS = ['preliminary', 'revised', 'estimated'] as const;
export const flagSchema = z.enum(FLAGS, { error: (issue) => `unknown flag ${JSON.stringify(issue.input)}` });

/** An earlier published value of the same figure, with the source that published it. */
export const revisionSchema = z.strictObject({
  value: z.number({ error: 'must be a number' }).refine(Number.isFinite, { error: 'must be a finite number' }),
  qualifier: qualifierSchema,
  source: sourceRefSchema,
  note: localizedSchema.optional(),
});

/**
 * What a percentage is measured on. Shares of gross output and shares of value added are
 * different indicators (30.8% of output is not comparable with a 40% value-added target), and a
 * growth rate or a fall is not a share at all: figures on different bases never share an axis.
 */
export const BASES = ['output', 'value-added', 'growth', 'reduction'] as const;
export const basisSchema = z.enum(BASES, { error: (issue) => `unknown basis ${JSON.stringify(issue.input)}` });

/**
 * What a plan target asks for and which figure reports the result. The status (met, not met,
 * cannot be decided, no comparable result) is computed from these, never stored.
 */
export const goalSchema = z.strictObject({
  /** A target to reach or exceed (a level, a growth, a fall stored as a positive number), or a ceiling. */
  direction: z.enum(['higher-is-better', 'lower-is-better'], { error: 'must be "higher-is-better" or "lower-is-better"' }),
  /** The figure that reports the result at the target's own scope; absent when no source gives one. */
  result: idSchema.optional(),
  /** Results at another scope, shown beside the target but never judged against it. */
  otherResults: z.array(idSchema).optional(),
  /** How the result's scope, basis and period relate to the target's, or why there is no result. */
  note: localizedSchema,
});

/** A computed value: `expr` over named inputs, each the id of another figure. */
export const formulaSchema = z.strictObject({
  expr: text,
  inputs: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'input names are lower-case identifiers' }), idSchema),
});

/** Tianjin's 16 districts, for figures about one district (cross-filtering links them). */
export const DISTRICT_IDS = [
  'binhai',
  'heping',
  'hedong',
  'hexi',
  'nankai',
  'hebei',
  'hongqiao',
  'dongli',
  'xiqing',
  'jinnan',
  'beichen',
  'wuqing',
  'baodi',
  'ninghe',
  'jizhou',
  'jinghai',
] as const;
export const districtSchema = z.enum(DISTRICT_IDS, { error: (issue) => `unknown district ${JSON.stringify(issue.input)}` });

const figureFields = {
  id: idSchema,
  theme: themeSchema,
  /** A grouping inside the theme, e.g. "structure" or "innovation". */
  topic: idSchema,
  name: localizedSchema,
  /** A short category label for charts, e.g. a district name. */
  label: localizedSchema.optional(),
  /** The district the figure is about; absent for city-wide figures. */
  district: districtSchema.optional(),
  unit: unitSchema,
  period: periodSchema,
  value,
  qualifier: qualifierSchema,
  baseline: baselineSchema.optional(),
  note: localizedSchema.optional(),
  basis: basisSchema.optional(),
  /** Plan targets only (period type "target"): what counts as meeting it, and the result. */
  goal: goalSchema.optional(),
  /**
   * What exactly is counted or measured, as an id ("smart-factories-and-digital-workshops"):
   * a plan target and its result must have the same scope, so a count of smart factories alone
   * is never judged against a target for factories and workshops together.
   */
  scope: idSchema.optional(),
  /** Preliminary, revised or estimated, where the sources say so. */
  flags: z.array(flagSchema).optional(),
  /** Earlier published values, oldest first; the stored value is the one in force. */
  revisions: z.array(revisionSchema).optional(),
  /**
   * Why the figure's own record, or a later source, casts doubt on it. A doubtful figure stays
   * in the data and its table, never on a trend line.
   */
  doubt: localizedSchema.optional(),
};

export const statedFigureSchema = z.strictObject({ ...figureFields, kind: z.literal('stated'), source: sourceRefSchema });
export const derivedFigureSchema = z.strictObject({ ...figureFields, kind: z.literal('derived'), formula: formulaSchema });

function nonNegativeCounts(figure: { unit: keyof typeof UNITS; value: number; baseline?: { value: number } }, ctx: z.RefinementCtx) {
  if (UNITS[figure.unit].dimension !== 'count') return;
  if (figure.value < 0) ctx.addIssue({ code: 'custom', path: ['value'], message: `a count cannot be negative (${figure.value})` });
  if (figure.baseline && figure.baseline.value < 0)
    ctx.addIssue({ code: 'custom', path: ['baseline', 'value'], message: `a count cannot be negative (${figure.baseline.value})` });
}

/** A target period and a goal go together: a target without a goal could not be judged. */
function goalOnlyOnTargets(figure: { period: { type: string }; goal?: unknown }, ctx: z.RefinementCtx) {
  const isTarget = figure.period.type === 'target';
  if (isTarget && !figure.goal)
    ctx.addIssue({ code: 'custom', path: ['goal'], message: 'a target needs a goal (direction, result or a note why there is none)' });
  if (!isTarget && figure.goal) ctx.addIssue({ code: 'custom', path: ['goal'], message: 'only a figure with a target period has a goal' });
}

/** A "revised" figure names what it revised, and a figure with earlier values says it was revised. */
function revisedHasRevisions(figure: { flags?: string[]; revisions?: unknown[] }, ctx: z.RefinementCtx) {
  const revised = figure.flags?.includes('revised') ?? false;
  const hasRevisions = (figure.revisions?.length ?? 0) > 0;
  if (revised && !hasRevisions)
    ctx.addIssue({ code: 'custom', path: ['revisions'], message: 'a revised figure lists the earlier values it replaced' });
  if (!revised && hasRevisions)
    ctx.addIssue({ code: 'custom', path: ['flags'], message: 'a figure with earlier values is flagged "revised"' });
}

/** The least and the most a value may be, and what the range is for (named in the message). */
export interface PlausibleRange {
  min: number;
  max: number;
  what: string;
}

/**
 * Bounds no true figure passes, per unit and basis: a share is 0–100 %, a growth rate −100 % to
 * 1000 %, Tianjin's GDP in 亿元 is about 18,000, not 1e308. Levels are bounded in the unit's base
 * (CNY, items, PFLOPS, tonnes), so 万亿元 and 亿元 share one bound. A value outside is a typing or
 * export error: the file is refused and the check names the figure and the field.
 */
export function plausibleRange(unit: keyof typeof UNITS, basis: Basis | undefined): PlausibleRange {
  const def = UNITS[unit];
  const base = (limit: number) => limit / 10 ** def.exp;
  switch (def.dimension) {
    case 'percent':
      if (basis === 'growth') return { min: -100, max: 1000, what: 'a growth rate in %' };
      // A fall stored as a positive number; a negative "fall" (a rise) is allowed to −100 %.
      if (basis === 'reduction') return { min: -100, max: 100, what: 'a fall in %' };
      return { min: 0, max: 100, what: 'a share in %' };
    case 'percentage-point':
      return { min: -100, max: 100, what: 'a difference in percentage points' };
    case 'currency':
      // 1e15 CNY = 1e7 亿元 = 1,000 万亿元: well above any Chinese city's (or the country's) GDP.
      return { min: base(-1e15), max: base(1e15), what: `an amount in ${def.zh}` };
    case 'count':
      return { min: 0, max: base(1e10), what: `a count in ${def.zh}` };
    case 'compute':
      return { min: 0, max: base(1e8), what: `computing power in ${def.zh}` };
    case 'mass':
      return { min: 0, max: base(1e11), what: `a mass in ${def.zh}` };
    case 'intensity':
      return { min: 0, max: 1e5, what: `an intensity in ${def.zh}` };
  }
}

function rangeText(range: PlausibleRange): string {
  return `${range.min}–${range.max}`;
}

/** Every value of a figure (its own, its baseline, earlier published ones) within the bounds of its unit. */
function plausibleValues(
  figure: { unit: keyof typeof UNITS; basis?: Basis; value: number; baseline?: { value: number }; revisions?: { value: number }[] },
  ctx: z.RefinementCtx,
) {
  const range = plausibleRange(figure.unit, figure.basis);
  const check = (value: number, path: (string | number)[]) => {
    if (!Number.isFinite(value) || (value >= range.min && value <= range.max)) return;
    ctx.addIssue({ code: 'custom', path, message: `${value} is not plausible for ${range.what} (allowed ${rangeText(range)})` });
  };
  // Counts below zero have a message of their own.
  if (UNITS[figure.unit].dimension !== 'count' || figure.value >= 0) check(figure.value, ['value']);
  if (figure.baseline && (UNITS[figure.unit].dimension !== 'count' || figure.baseline.value >= 0))
    check(figure.baseline.value, ['baseline', 'value']);
  figure.revisions?.forEach((revision, i) => check(revision.value, ['revisions', i, 'value']));
}

export const figureSchema = z
  .discriminatedUnion('kind', [statedFigureSchema, derivedFigureSchema], {
    error: 'kind must be "stated" or "derived"',
  })
  .superRefine(nonNegativeCounts)
  .superRefine(plausibleValues)
  .superRefine(goalOnlyOnTargets)
  .superRefine(revisedHasRevisions);

/** Figures that add up to a total, e.g. batch 20's petitions by district. */
export const breakdownSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  total: idSchema,
  members: z.array(idSchema).min(1, { error: 'a breakdown needs members' }),
  note: localizedSchema.optional(),
});

export const themeFileSchema = z
  .strictObject({
    theme: themeSchema,
    figures: z.array(figureSchema),
    breakdowns: z.array(breakdownSchema).optional(),
  })
  .superRefine((file, ctx) => {
    file.figures.forEach((figure, i) => {
      if (figure.theme !== file.theme)
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'theme'],
          message: `is "${figure.theme}" in the file of theme "${file.theme}"`,
        });
    });
  });

export const trustSchema = z.enum(['high', 'medium-high', 'medium'], { error: (issue) => `unknown trust ${JSON.stringify(issue.input)}` });

/** A publication date; a web page that shows no day (or no month) gives what it shows. */
const publicationDate = z
  .string({ error: 'must be a date YYYY-MM-DD (or YYYY-MM, or YYYY when the page shows no more)' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'must be a date YYYY-MM-DD (or YYYY-MM, or YYYY when the page shows no more)',
  })
  .refine(isCalendarDay, { error: 'is not a day of the calendar' });

function isCalendarDay(date: string): boolean {
  if (date.length < 10) return true;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/** Links are rendered as <a href>: only web addresses, never javascript: or data: URLs. */
const webUrl = z.url({ error: 'must be a URL' }).refine((url) => /^https?:\/\//i.test(url), { error: 'must be an http or https URL' });

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  publisher: localizedSchema,
  /** Publication date. */
  date: publicationDate,
  section: localizedSchema.optional(),
  url: webUrl.optional(),
  trust: trustSchema.optional(),
  note: localizedSchema.optional(),
});

/**
 * The envelope of sources.json. Its records are validated one by one (validate-file.ts): a bad
 * record costs only the figures that cite it.
 */
export const sourcesFileSchema = z.strictObject({ sources: z.array(z.unknown()).min(1, { error: 'needs at least one source' }) });

export type Localized = z.infer<typeof localizedSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type Formula = z.infer<typeof formulaSchema>;
export type StatedFigure = z.infer<typeof statedFigureSchema>;
export type DerivedFigure = z.infer<typeof derivedFigureSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Breakdown = z.infer<typeof breakdownSchema>;
export type ThemeFile = z.infer<typeof themeFileSchema>;
/**
 * A source as loaded. `rejectedUrl` is a link the schema refused (javascript:, data:, not a URL):
 * the record is kept, and the address is shown as plain text, never as a link.
 */
export type Source = z.infer<typeof sourceSchema> & { rejectedUrl?: string };
/** A record of sources.json that did not validate: the figures citing its id fail, nothing else. */
export interface RejectedSource {
  index: number;
  /** The record's id, when it has a usable one. */
  id?: string;
  problems: DataProblem[];
}
/** sources.json as loaded: the good records, the rejected ones, and every problem found. */
export interface SourcesFile {
  sources: Source[];
  /** Absent where a file was built in code (tests) rather than loaded. */
  rejected?: RejectedSource[];
  problems?: DataProblem[];
}
export type Basis = z.infer<typeof basisSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Trust = z.infer<typeof trustSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type Revision = z.infer<typeof revisionSchema>;
