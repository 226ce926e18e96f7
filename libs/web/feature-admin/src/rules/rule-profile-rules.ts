import {
  pickRuleValues,
  PROFILE_RULE_BOUNDS,
  profileNameProblem,
  profileRuleProblems,
  type ProfileRuleValues,
} from '@iep/domain/deadlines';

/** What the district's profile form holds: the name, whether to use it, and every rule. */
export interface RuleProfileFormValues {
  name: string;
  use: boolean;
  rules: ProfileRuleValues;
}

/** The form's values to start from a profile: a built-in one to derive from, or the district's own. */
export function formValuesFrom(profile: { name: string; inUse: boolean; rules: ProfileRuleValues }, own: boolean): RuleProfileFormValues {
  return { name: own ? profile.name : '', use: own ? profile.inUse : true, rules: pickRuleValues(profile.rules) };
}

/**
 * The errors of the form, keyed as @mantine/form keys them ("rules.annualReview.months"), in the
 * reader's language: the domain's own checks, the same the API runs on save.
 */
export function ruleProfileFormErrors(values: RuleProfileFormValues, language: string): Record<string, string> {
  const lang = language.startsWith('es') ? 'es' : 'en';
  const errors: Record<string, string> = {};
  const nameProblem = profileNameProblem(values.name);
  if (nameProblem) errors['name'] = nameProblem.message[lang];
  for (const problem of profileRuleProblems(values.rules)) {
    const key = `rules.${problem.field}`;
    if (!errors[key]) errors[key] = problem.message[lang];
  }
  return errors;
}

/** The domain's bounds for one number of the form, for the input's min and max. */
export const BOUNDS = PROFILE_RULE_BOUNDS;

/** The form key of a field the API named in a refusal (it names rules as the domain does). */
export function formKeyOfApiField(field: string): string {
  return field === 'name' || field === 'basedOn' ? field : `rules.${field}`;
}
