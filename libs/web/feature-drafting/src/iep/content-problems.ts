import type { TFunction } from 'i18next';
import { measureScale, type GoalMeasure } from '@iep/domain/progress';
import type { IepPartKind } from '@iep/domain/iep-content';
import { PART_FIELDS, type ContentProblem, type FieldSpec, type PartContent } from './part-fields';

function measureProblemText(t: TFunction, measure: GoalMeasure | null, field: string, problem: ContentProblem): string {
  if (problem.rule === 'OFF_SCALE' && measure) {
    const scale = measureScale(measure);
    return t('iep.problem.offScale', { min: scale.min, max: scale.max });
  }
  if (problem.rule === 'TRIALS_REQUIRED') return t('iep.problem.trialsRequired');
  if (problem.rule === 'TARGET_IS_BASELINE') return t('iep.problem.targetIsBaseline');
  if (problem.rule === 'REAL_DATE' || field === 'targetDate') return t('iep.problem.date');
  if (problem.code === 'invalid_type') return t('iep.problem.number');
  return t('iep.problem.other');
}

function fieldProblemText(t: TFunction, field: FieldSpec | undefined, problem: ContentProblem): string {
  const type = field?.type;
  if (problem.code === 'too_big' && problem.maximum !== undefined)
    return type === 'number' ? t('iep.problem.tooLarge', { max: problem.maximum }) : t('iep.problem.tooLong', { max: problem.maximum });
  if (problem.code === 'too_small')
    return type === 'number' && problem.minimum !== undefined ? t('iep.problem.tooSmallNumber', { min: problem.minimum }) : t('iep.problem.tooSmall');
  if (problem.rule === 'REAL_DATE') return t('iep.problem.date');
  if (problem.rule === 'END_BEFORE_START') return t('iep.problem.endBeforeStart');
  if (problem.code === 'invalid_format') return t('iep.problem.date');
  if (problem.code === 'invalid_value') return t('iep.problem.choice');
  if (problem.code === 'invalid_type' && type === 'number') return t('iep.problem.number');
  return t('iep.problem.other');
}

/**
 * The content problems the domain found (in the form or on the server), worded for the field each names:
 * the errors of a part's form, by the problem's path ('minutes', 'measure.target', 'objectives.0.text').
 */
export function contentErrors(t: TFunction, kind: IepPartKind, content: PartContent, problems: readonly ContentProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    if (problem.path in errors) continue;
    const [name, sub] = problem.path.split('.');
    const field = PART_FIELDS[kind].find((spec) => spec.name === name);
    errors[problem.path] = field?.type === 'measure' && sub !== undefined
      ? measureProblemText(t, content[name] && typeof content[name] === 'object' ? (content[name] as GoalMeasure) : null, sub, problem)
      : fieldProblemText(t, field, problem);
  }
  return errors;
}
