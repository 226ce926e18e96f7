import { z } from 'zod';
import { isIsoDate } from '../deadlines/local-date';

/** How a goal is measured (DESIGN §6): chosen when the goal is written, kept on the goal. */
export enum GoalMeasureKind {
  PercentAccuracy = 'PERCENT_ACCURACY',
  /** A count per unit of time (words per minute, outbursts per day); the unit is named on the goal. */
  Rate = 'RATE',
  /** How long, in the unit named on the goal (minutes, seconds). */
  Duration = 'DURATION',
  /** Trials correct out of a fixed number of trials named on the goal. */
  Trials = 'TRIALS',
  /** A rung of the prompt hierarchy, from full physical prompt (0) to independent (5). */
  PromptLevel = 'PROMPT_LEVEL',
  /** Did it (1) or did not (0). */
  YesNo = 'YES_NO',
}

/** The prompt hierarchy, least to most independent; a PROMPT_LEVEL value is the index. */
export const PROMPT_LEVELS = ['FULL_PHYSICAL', 'PARTIAL_PHYSICAL', 'MODELING', 'GESTURAL', 'VERBAL', 'INDEPENDENT'] as const;
export type PromptLevel = (typeof PROMPT_LEVELS)[number];

/** Largest count, rate or duration a data point may hold: room for any school measure, a bound on typos. */
const OPEN_SCALE_MAX = 100_000;
const MAX_TRIALS = 1_000;

export interface MeasureScale {
  readonly min: number;
  readonly max: number;
  /** Only whole numbers (trials, prompt levels, yes/no). */
  readonly whole: boolean;
}

/** What the scale depends on; the kind as the enum or its value (a client's generated type). */
export interface ScaledMeasure {
  readonly kind: GoalMeasureKind | `${GoalMeasureKind}`;
  readonly trials: number | null;
}

/** The values a data point of this measure may take. */
export function measureScale(measure: ScaledMeasure): MeasureScale {
  // The value of a string enum is the enum member: the cast only widens what callers may pass.
  switch (measure.kind as GoalMeasureKind) {
    case GoalMeasureKind.PercentAccuracy: return { min: 0, max: 100, whole: false };
    case GoalMeasureKind.Rate:
    case GoalMeasureKind.Duration: return { min: 0, max: OPEN_SCALE_MAX, whole: false };
    case GoalMeasureKind.Trials: return { min: 0, max: measure.trials ?? 0, whole: true };
    case GoalMeasureKind.PromptLevel: return { min: 0, max: PROMPT_LEVELS.length - 1, whole: true };
    case GoalMeasureKind.YesNo: return { min: 0, max: 1, whole: true };
  }
}

/** Whether `value` is on the measure's scale. */
export function isOnScale(measure: ScaledMeasure, value: number): boolean {
  const scale = measureScale(measure);
  return Number.isFinite(value) && value >= scale.min && value <= scale.max && (!scale.whole || Number.isInteger(value));
}

export const GoalMeasure = z
  .strictObject({
    kind: z.enum(GoalMeasureKind),
    baseline: z.number(),
    target: z.number(),
    /** The date the target should be reached. */
    targetDate: z.string().refine(isIsoDate, { message: 'Not a real calendar date', params: { rule: 'REAL_DATE' } }),
    /** What a RATE counts per what, or a DURATION's unit: "words per minute", "minutes". */
    unit: z.string().max(100),
    /** TRIALS: out of how many trials. */
    trials: z.number().int().min(1).max(MAX_TRIALS).nullable(),
  })
  .superRefine((measure, ctx) => {
    if (measure.kind === GoalMeasureKind.Trials && measure.trials === null) {
      ctx.addIssue({ code: 'custom', path: ['trials'], message: 'Say out of how many trials', params: { rule: 'TRIALS_REQUIRED' } });
      return;
    }
    for (const field of ['baseline', 'target'] as const) {
      if (!isOnScale(measure, measure[field])) {
        const scale = measureScale(measure);
        ctx.addIssue({
          code: 'custom', path: [field], message: `Use a value from ${scale.min} to ${scale.max}`,
          params: { rule: 'OFF_SCALE', minimum: scale.min, maximum: scale.max },
        });
      }
    }
    if (measure.baseline === measure.target) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'The target must differ from the baseline', params: { rule: 'TARGET_IS_BASELINE' } });
    }
  });
export type GoalMeasure = z.infer<typeof GoalMeasure>;
