import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDatasetFiles } from '@/data/read-dataset-files';
import { DataFileError } from '@/data/problems';
import type { Figure } from '@/data/schema';
import { parseJson } from '@/data/validate-file';
import { PLAN_FILE, validatePlanFile, type Plan } from '@/plan/plan-schema';
import { PANELS_FILE, validatePanelsFile, type PanelFileDef } from './panel-file';
import type { PanelDef } from './panel-def';
import { resolvePanels } from './resolve-panels';

const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

function readValidated<T>(dir: string, file: string, validate: (file: string, input: unknown) => T): T {
  const parsed = parseJson(file, readFileSync(join(dir, file), 'utf8'));
  if (!parsed.ok) throw new DataFileError(file, parsed.problems);
  return validate(file, parsed.value);
}

/** panels.json of a folder, validated (Node only: scripts and tests). Throws a DataFileError naming every problem. */
export function readPanelsFile(dir = DATA_DIR): PanelFileDef[] {
  return readValidated(dir, PANELS_FILE, validatePanelsFile);
}

/** plan.json of a folder, validated (Node only). */
export function readPlanFile(dir = DATA_DIR): Plan {
  return readValidated(dir, PLAN_FILE, validatePlanFile);
}

/**
 * The panels of a folder as the dashboard draws them, every text filled from that folder's data
 * (Node only: scripts/gallery.ts, tests). `figures` defaults to the folder's own.
 */
export function readPanels(dir = DATA_DIR, figures?: ReadonlyMap<string, Figure>): PanelDef[] {
  const all =
    figures ?? new Map((readDatasetFiles(dir).dataset?.themes ?? []).flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
  return resolvePanels(readPanelsFile(dir), readPlanFile(dir), all);
}
