import { SCHOOL_CALENDAR_LIMITS, type SchoolCalendarProblem } from '@iep/domain/deadlines';
import { useTranslation } from 'react-i18next';

/** The longest name each field takes, for its "at most … characters" message. */
const NAME_LENGTH: Record<string, number> = {
  schoolYear: SCHOOL_CALENDAR_LIMITS.schoolYearNameLength,
  name: SCHOOL_CALENDAR_LIMITS.closureNameLength,
};

/** A calendar problem in the reader's language, field by field, for @mantine/form. */
export function useCalendarProblemText() {
  const { t } = useTranslation();
  const text = (field: string, problem: SchoolCalendarProblem) => {
    if (problem === 'required') return t('admin.validation.required');
    if (problem === 'tooLong') return t('admin.validation.tooLong', { max: NAME_LENGTH[field] });
    return t(`schoolCalendar.${problem}`);
  };
  return (problems: Partial<Record<string, SchoolCalendarProblem>>) =>
    Object.fromEntries(Object.entries(problems).flatMap(([field, problem]) => (problem ? [[field, text(field, problem)]] : [])));
}
