/**
 * Validates every file in data/ (or the folder given as the first argument), and the panels that
 * draw them, and prints one line per problem, `file: path.to.field: what is wrong`. Exits 1 when there is any problem.
 */
import { resolve } from 'node:path';
import { formatProblem } from '../src/data/problems';
import { readDatasetFiles } from '../src/data/read-dataset-files';
import { checkPanels } from '../src/panels/check-panels';
import { PANELS } from '../src/panels/panels';

const dir = resolve(process.argv[2] ?? 'data');
const { problems, dataset } = readDatasetFiles(dir);
// The panels draw the data: a trend point must be a whole year nobody doubts, and every figure
// must be on some panel.
if (dataset) problems.push(...checkPanels(PANELS, dataset));
for (const problem of problems) console.log(formatProblem(problem));
if (problems.length) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
const figures = dataset!.themes.flatMap((t) => t.data.figures);
const derived = figures.filter((f) => f.kind === 'derived').length;
console.log(
  `data OK: ${figures.length} figures (${figures.length - derived} stated, ${derived} derived) in ${dataset!.themes.length} theme files, ${dataset!.sources.data.sources.length} sources`,
);
