import type { LoadedDataset } from './check-dataset';
import type { DataProblem } from './problems';
import type { Figure } from './schema';
import { targetStatus } from './target-status';
import { THEME_IDS } from './themes';
import { UNITS } from './units';

/** Counts in 个 and in 家 are both plain counts: comparable. 亿元 and %, or 万个 and 个, are not. */
export function sameScale(a: Figure, b: Figure): boolean {
  return UNITS[a.unit].dimension === UNITS[b.unit].dimension && UNITS[a.unit].exp === UNITS[b.unit].exp;
}

/**
 * Checks every plan target against the figures it names: each result exists, is not itself a
 * target, counts the same thing (scope), is on the same scale and basis, and the target's
 * qualifier fits its direction.
 * A result in a file that has not loaded yet is not reported missing until every file has
 * (the browser loads files one by one; the data check always has them all).
 */
export function checkGoals(dataset: LoadedDataset, allFilesLoaded = dataset.themes.length >= THEME_IDS.length): DataProblem[] {
  const problems: DataProblem[] = [];
  const figures = new Map(dataset.themes.flatMap(({ data }) => data.figures.map((f) => [f.id, f] as const)));
  for (const { file, data } of dataset.themes) {
    data.figures.forEach((target, index) => {
      if (!target.goal) return;
      const at = `figures.${index}.goal`;
      const report = (path: string, message: string, ids: string[]) =>
        problems.push({ file, path: `${at}${path}`, message: `${message} (figure ${target.id})`, ids: [target.id, ...ids] });
      const { result, otherResults = [] } = target.goal;
      if (result && !target.scope) report('', 'a target judged against a result states its scope (what it counts)', []);
      const judged = result ? figures.get(result) : undefined;
      if (judged && target.scope && judged.scope !== target.scope)
        report(
          '.result',
          `"${result}" counts ${judged.scope ?? '(no scope)'}, the target ${target.scope}: a result of another scope is listed in otherResults, never judged`,
          [result!],
        );
      const named = [
        ...(result ? [{ id: result, path: '.result' }] : []),
        ...otherResults.map((id, i) => ({ id, path: `.otherResults.${i}` })),
      ];
      for (const { id, path } of named) {
        const figure = figures.get(id);
        if (!figure) {
          if (allFilesLoaded) report(path, `unknown figure "${id}"`, [id]);
          continue;
        }
        if (figure.period.type === 'target') report(path, `"${id}" is a target, not a result`, [id]);
        if (!sameScale(target, figure)) report(path, `"${id}" is in ${figure.unit}, not comparable with ${target.unit}`, [id]);
        if (target.basis !== figure.basis)
          report(path, `"${id}" is on basis ${figure.basis ?? '(none)'}, the target on ${target.basis ?? '(none)'}`, [id]);
      }
      try {
        targetStatus(target, undefined, target.goal.direction);
      } catch (error) {
        report('.direction', (error as Error).message, []);
      }
    });
  }
  return problems;
}
