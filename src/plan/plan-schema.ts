import { z } from 'zod';
import { localizedSchema } from '@/data/schema';
import { DataFileError, problemsFromZod } from '@/data/problems';

const year = z.int({ error: 'must be a whole year' }).min(2000, { error: 'year before 2000' }).max(2100, { error: 'year after 2100' });

/**
 * The plan period the dashboard reports on (data/plan.json): its name, the plan before it, the
 * baseline year (the last year of the previous plan) and the plan's own years. Labels such as
 * "2020年基数" or "2021–2025年成果" are built from these, never written out.
 */
export const planSchema = z
  .strictObject({
    /** "十四五" / "14th Five-Year Plan". */
    name: localizedSchema,
    /** "十四五" / "14th FYP": where the name sits in a short label. */
    shortName: localizedSchema,
    previousName: localizedSchema,
    previousShortName: localizedSchema,
    /** The year results are compared with: the previous plan's last year. */
    baselineYear: year,
    from: year,
    to: year,
  })
  .superRefine((plan, ctx) => {
    if (plan.from <= plan.baselineYear)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `the plan starts (${plan.from}) after its baseline year (${plan.baselineYear})`,
      });
    if (plan.to < plan.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `the plan ends (${plan.to}) before it starts (${plan.from})` });
  });

export type Plan = z.infer<typeof planSchema>;

export { PLAN_FILE } from '@/data/file-names';

export function validatePlanFile(file: string, input: unknown): Plan {
  const result = planSchema.safeParse(input);
  if (!result.success) throw new DataFileError(file, problemsFromZod(file, result.error, input));
  return result.data;
}
