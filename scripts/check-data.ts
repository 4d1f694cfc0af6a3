/**
 * Validates every file in data/ (or the folder given as the first argument): the theme files,
 * sources.json, panels.json and plan.json, and the panels against the data they draw. Prints one
 * line per problem, `file: path.to.field: what is wrong`. Exits 1 when there is any problem.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/problems';
import { readDatasetFiles } from '../src/data/read-dataset-files';
import { checkPanelFile } from '../src/panels/check-panels';

const dir = resolve(process.argv[2] ?? 'data');
const { problems, dataset, panels, plan } = readDatasetFiles(dir);
// The panels draw the data: every id they name exists, every placeholder fills, no text
// restates a value in digits, a trend point is a whole year nobody doubts, and every figure is on
// some panel.
if (dataset && panels && plan) problems.push(...checkPanelFile(panels, plan, dataset));
for (const problem of problems) console.log(formatProblem(problem));
if (problems.length) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
const figures = dataset!.themes.flatMap((t) => t.data.figures);
const derived = figures.filter((f) => f.kind === 'derived').length;
console.log(
  `data OK: ${figures.length} figures (${figures.length - derived} stated, ${derived} derived) in ${dataset!.themes.length} theme files, ${dataset!.sources.data.sources.length} sources, ${panels!.length} panels (plan ${plan!.from}–${plan!.to})`,
);
