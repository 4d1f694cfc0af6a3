/**
 * Runs `npm audit --omit=dev` and fails when a runtime dependency has a high or critical
 * advisory. When the registry's advisory service cannot be reached, it says so and exits 2,
 * or 0 with --allow-offline (CI machines may have a registry mirror without that service).
 */
import { spawnSync } from 'node:child_process';

const allowOffline = process.argv.includes('--allow-offline');
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  error?: { summary?: string };
  message?: string;
}

let report: AuditReport | undefined;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  report = undefined;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.error?.summary || report?.message || run.stderr.trim().split('\n').pop() || 'no report';
  console.log(`npm audit could not check the dependencies: ${reason}`);
  process.exit(allowOffline ? 0 : 2);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (runtime dependencies): ${Object.entries(counts)
    .filter(([key]) => key !== 'total')
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ')}`,
);
for (const [name, v] of Object.entries(report!.vulnerabilities ?? {}))
  if (v.severity === 'high' || v.severity === 'critical') console.log(`  ${v.severity}: ${name}`);
process.exit(serious > 0 ? 1 : 0);
