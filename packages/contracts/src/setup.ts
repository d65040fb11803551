import { z } from 'zod';

// A council's first set-up, step by step (issue #17 §1): what the server's route answers, the home's
// checklist reads.

/** The steps of a council's first set-up, in the order an office does them. */
export const SETUP_STEPS = ['letterhead', 'units', 'accounts', 'period', 'clusters', 'criteria'] as const;

export const setupView = z.object({
  complete: z.boolean().meta({ description: 'Mọi bước đã xong' }),
  steps: z.array(
    z.object({
      key: z.enum(SETUP_STEPS),
      done: z.boolean(),
      summary: z.string().meta({ description: 'Hiện trạng của bước, một dòng' }),
      missing: z.array(z.string()).meta({ description: 'Những gì còn thiếu (bước chưa xong vì chúng)' }),
      notes: z.array(z.string()).meta({ description: 'Điều nên biết nhưng không làm bước chưa xong' }),
    }),
  ),
});

export type SetupView = z.infer<typeof setupView>;
export type SetupStepKey = (typeof SETUP_STEPS)[number];
