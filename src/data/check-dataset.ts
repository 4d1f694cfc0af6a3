import { checkGoals } from './check-goals';
import { evaluateFormula, formulaVariables, matchesStored } from './formula';
import type { DataProblem } from './problems';
import type { Figure, RejectedSource, SourcesFile, ThemeFile } from './schema';
import { THEME_IDS } from './themes';

export interface LoadedDataset {
  sources: { file: string; data: SourcesFile };
  themes: { file: string; data: ThemeFile }[];
}

/**
 * Checks that span records and files: unique ids, references that resolve, formulas that
 * recompute to their stored value, and breakdowns whose members add up to their total.
 */
export function checkDataset(dataset: LoadedDataset, allFilesLoaded = dataset.themes.length >= THEME_IDS.length): DataProblem[] {
  const problems: DataProblem[] = [];
  const sourceIds = new Set<string>();
  dataset.sources.data.sources.forEach((source, i) => {
    if (sourceIds.has(source.id))
      problems.push({ file: dataset.sources.file, path: `sources.${i}.id`, message: `duplicate id "${source.id}"` });
    sourceIds.add(source.id);
  });

  const rejected = new Map((dataset.sources.data.rejected ?? []).flatMap((r) => (r.id ? [[r.id, r] as const] : [])));

  const figures = new Map<string, { figure: Figure; file: string; index: number }>();
  const breakdownIds = new Set<string>();
  for (const { file, data } of dataset.themes) {
    data.figures.forEach((figure, index) => {
      const seen = figures.get(figure.id);
      if (seen)
        problems.push({
          file,
          path: `figures.${index}.id`,
          message: `duplicate id "${figure.id}" (also in ${seen.file})`,
          ids: [figure.id],
        });
      else figures.set(figure.id, { figure, file, index });
    });
    data.breakdowns?.forEach((breakdown, i) => {
      if (breakdownIds.has(breakdown.id)) problems.push({ file, path: `breakdowns.${i}.id`, message: `duplicate id "${breakdown.id}"` });
      breakdownIds.add(breakdown.id);
    });
  }

  for (const { file, data } of dataset.themes) {
    data.figures.forEach((figure, index) => {
      const at = `figures.${index}`;
      figure.revisions?.forEach((revision, r) => {
        if (!sourceIds.has(revision.source.id) && !rejected.has(revision.source.id))
          problems.push({
            file,
            path: `${at}.revisions.${r}.source.id`,
            message: `unknown source "${revision.source.id}" (figure ${figure.id})`,
            ids: [figure.id],
          });
      });
      figure.revisions?.forEach((revision) => problems.push(...rejectedCited(rejected, revision.source.id, figure.id)));
      if (figure.kind === 'stated') {
        const bad = rejectedCited(rejected, figure.source.id, figure.id);
        problems.push(...bad);
        if (!sourceIds.has(figure.source.id) && !bad.length)
          problems.push({
            file,
            path: `${at}.source.id`,
            message: `unknown source "${figure.source.id}" (figure ${figure.id})`,
            ids: [figure.id],
          });
        const source = dataset.sources.data.sources.find((s) => s.id === figure.source.id);
        const undated = undatedPeriod(figure, source?.date);
        if (undated) problems.push({ file, path: `${at}.period`, message: `${undated} (figure ${figure.id})`, ids: [figure.id] });
        return;
      }
      problems.push(...checkFormula(file, at, figure, figures).map((p) => ({ ...p, ids: [figure.id] })));
    });
    data.breakdowns?.forEach((breakdown, i) => {
      const at = `breakdowns.${i}`;
      const ids = [breakdown.id, breakdown.total, ...breakdown.members];
      const total = figures.get(breakdown.total)?.figure;
      if (!total) problems.push({ file, path: `${at}.total`, message: `unknown figure "${breakdown.total}"`, ids });
      const members = breakdown.members.map((id, j) => {
        const member = figures.get(id)?.figure;
        if (!member) problems.push({ file, path: `${at}.members.${j}`, message: `unknown figure "${id}"`, ids });
        return member;
      });
      if (!total || members.some((m) => !m)) return;
      const sum = members.reduce((acc, m) => acc + m!.value, 0);
      if (!matchesStored(sum, total.value))
        problems.push({
          file,
          path: `${at}.members`,
          message: `members add up to ${sum}, not to the total ${total.value} of "${total.id}"`,
          ids,
        });
    });
  }
  // A source no figure cites would be listed among the sources of figures it gave nothing to
  // (known only once every file has loaded: the browser loads them one by one).
  const cited = new Set(
    dataset.themes.flatMap(({ data }) =>
      data.figures.flatMap((f) => [...(f.kind === 'stated' ? [f.source.id] : []), ...(f.revisions ?? []).map((r) => r.source.id)]),
    ),
  );
  dataset.sources.data.sources.forEach((source, i) => {
    if (allFilesLoaded && !cited.has(source.id))
      problems.push({ file: dataset.sources.file, path: `sources.${i}`, message: `source "${source.id}" is cited by no figure` });
  });
  problems.push(...checkGoals(dataset, allFilesLoaded));
  return problems;
}

/**
 * A figure citing a record of sources.json that was set aside: the record's own problems, each
 * naming the source and its field, tied to the figure so that only its panels fail.
 */
function rejectedCited(rejected: ReadonlyMap<string, RejectedSource>, sourceId: string, figureId: string): DataProblem[] {
  const record = rejected.get(sourceId);
  if (!record) return [];
  return record.problems.map((p) => ({
    ...p,
    message: `${p.message.replace(/ \(source [^)]*\)$/, '')} (source ${sourceId}, cited by figure ${figureId})`,
    ids: [figureId],
  }));
}

/** "目前" / "截至目前" / "如今": the text speaks of the day it was published. */
const NOW_WORDS = /截至目前|目前|如今|至今|现在/;

/** The ways a day can be printed: 2025年12月9日, 12月9日, 2025-12-09. */
function datePrinted(date: string, text: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  return [`${y}年${m}月${d}日`, `${m}月${d}日`, date].some((form) => text.includes(form));
}

/**
 * A day is given to a stated figure only when its source prints it: in the clause, in the
 * `periodClause` beside it, or as "目前" ("at present") on the day the source was published.
 * Anything else ("as of the press conference", inferred from the page's date) is not stated.
 */
export function undatedPeriod(figure: Extract<Figure, { kind: 'stated' }>, sourceDate: string | undefined): string | undefined {
  if (figure.period.type !== 'as-of') return undefined;
  const text = `${figure.source.clause} ${figure.source.periodClause ?? ''}`;
  if (datePrinted(figure.period.date, text)) return undefined;
  if (NOW_WORDS.test(text) && figure.period.date === sourceDate) return undefined;
  return `the period is as of ${figure.period.date}, but neither the clause nor a periodClause prints that day: record the period as not stated`;
}

function checkFormula(
  file: string,
  at: string,
  figure: Extract<Figure, { kind: 'derived' }>,
  figures: Map<string, { figure: Figure }>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const values: Record<string, number> = {};
  for (const [name, id] of Object.entries(figure.formula.inputs)) {
    const input = figures.get(id)?.figure;
    if (!input) problems.push({ file, path: `${at}.formula.inputs.${name}`, message: `unknown figure "${id}" (figure ${figure.id})` });
    else if (input.id === figure.id)
      problems.push({ file, path: `${at}.formula.inputs.${name}`, message: `a figure cannot be its own input` });
    else values[name] = input.value;
  }
  if (problems.length) return problems;
  try {
    const used = formulaVariables(figure.formula.expr);
    const unused = Object.keys(values).filter((name) => !used.includes(name));
    if (unused.length)
      problems.push({
        file,
        path: `${at}.formula.inputs`,
        message: `inputs not used by the formula: ${unused.join(', ')} (figure ${figure.id})`,
      });
    const computed = evaluateFormula(figure.formula.expr, values);
    if (!matchesStored(computed, figure.value))
      problems.push({ file, path: `${at}.value`, message: `is ${figure.value} but the formula gives ${computed} (figure ${figure.id})` });
  } catch (error) {
    problems.push({ file, path: `${at}.formula.expr`, message: `${(error as Error).message} (figure ${figure.id})` });
  }
  return problems;
}
