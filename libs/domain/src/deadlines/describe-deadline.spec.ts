import { computeDeadline, type DeadlineEventByKind, type DeadlineKind } from './compute-deadline';
import { describeDeadline, formatLongDate } from './describe-deadline';
import { SchoolCalendar } from './school-calendar';
import {
  CA_PROFILE,
  defineStateRuleProfile,
  IDEA_PROFILE,
  MA_PROFILE,
  type StateRuleProfile,
} from './state-rule-profiles';
import { YEAR_2026_27, YEAR_2027_28 } from './testing/district-calendar';

const calendar = new SchoolCalendar([YEAR_2026_27, YEAR_2027_28]);
const describeBoth = <K extends DeadlineKind>(
  kind: K,
  event: DeadlineEventByKind[K],
  profile: StateRuleProfile = IDEA_PROFILE,
) => {
  const result = computeDeadline(kind, event, calendar, profile);
  return [describeDeadline(result, 'en'), describeDeadline(result, 'es')];
};

describe('formatLongDate', () => {
  it('writes the month out', () => {
    expect(formatLongDate('2026-03-03', 'en')).toBe('3 March 2026');
    expect(formatLongDate('2026-03-03', 'es')).toBe('3 de marzo de 2026');
  });
});

describe('describeDeadline', () => {
  it('marks an estimate made without a school calendar, in both languages', () => {
    const result = computeDeadline('SERVICE_START', { date: '2026-11-20' }, null, IDEA_PROFILE);
    expect([describeDeadline(result, 'en'), describeDeadline(result, 'es')]).toEqual([
      '10 school days after the parent signed on 20 November 2026; estimated: the school calendar does not cover every day counted, so those days were counted as school days and the date can only be early; enter the missing school year to make it exact',
      '10 días escolares después de que el padre firmó el 20 de noviembre de 2026; fecha estimada: el calendario escolar no cubre todos los días contados, así que esos días se contaron como días escolares y la fecha solo puede ser anterior; registre el año escolar que falta para que sea exacta',
    ]);
  });

  it('service start with the holidays skipped', () => {
    expect(describeBoth('SERVICE_START', { date: '2027-03-24' })).toEqual([
      '10 school days after the parent signed on 24 March 2027; 5 school holidays skipped (Spring Break)',
      '10 días escolares después de que el padre firmó el 24 de marzo de 2027; se omitieron 5 días festivos escolares (Spring Break)',
    ]);
  });

  it('says nothing about holidays when none was skipped, and uses the singular for one', () => {
    expect(describeBoth('SERVICE_START', { date: '2026-09-14' })[0]).toBe(
      '10 school days after the parent signed on 14 September 2026',
    );
    expect(describeBoth('SERVICE_START', { date: '2027-01-11' })).toEqual([
      '10 school days after the parent signed on 11 January 2027; 1 school holiday skipped (Martin Luther King Jr. Day)',
      '10 días escolares después de que el padre firmó el 11 de enero de 2027; se omitió 1 día festivo escolar (Martin Luther King Jr. Day)',
    ]);
  });

  it('names the summer when a count crosses it', () => {
    expect(describeBoth('SERVICE_START', { date: '2027-06-10' })).toEqual([
      '10 school days after the parent signed on 10 June 2027; 50 weekdays outside the school year skipped',
      '10 días escolares después de que el padre firmó el 10 de junio de 2027; se omitieron 50 días laborables fuera del año escolar',
    ]);
  });

  it('initial evaluation in school days (MA) and in calendar days with a break not counted (CA)', () => {
    expect(describeBoth('INITIAL_EVALUATION', { date: '2026-11-16' }, MA_PROFILE)[0]).toBe(
      '30 school days after the parent consented to the evaluation on 16 November 2026; ' +
        '13 school holidays skipped (Thanksgiving Break, Winter Break)',
    );
    expect(describeBoth('INITIAL_EVALUATION', { date: '2026-11-16' }, CA_PROFILE)).toEqual([
      '60 calendar days after the parent consented to the evaluation on 16 November 2026; 12 days of Winter Break not counted',
      '60 días calendario después de que el padre dio su consentimiento para la evaluación el 16 de noviembre de 2026; ' +
        'no se contaron 12 días de Winter Break',
    ]);
  });

  it('the other kinds', () => {
    expect(describeBoth('FIRST_IEP_MEETING', { date: '2026-11-16' })).toEqual([
      '30 calendar days after eligibility was determined on 16 November 2026',
      '30 días calendario después de que se determinó la elegibilidad el 16 de noviembre de 2026',
    ]);
    expect(describeBoth('MEETING_NOTICE', { date: '2026-12-09' })).toEqual([
      '10 calendar days before the meeting on 9 December 2026',
      '10 días calendario antes de la reunión del 9 de diciembre de 2026',
    ]);
    expect(describeBoth('ANNUAL_REVIEW', { date: '2027-03-10' })).toEqual([
      '12 months after the IEP meeting on 10 March 2027',
      '12 meses después de la reunión del IEP del 10 de marzo de 2027',
    ]);
    expect(describeBoth('REEVALUATION', { date: '2026-10-05' })).toEqual([
      '36 months after the last evaluation on 5 October 2026',
      '36 meses después de la última evaluación del 5 de octubre de 2026',
    ]);
    expect(describeBoth('RECORDS_REQUEST', { date: '2026-11-09' }, CA_PROFILE)).toEqual([
      '5 business days after the parent requested the records on 9 November 2026; 1 school holiday skipped (Veterans Day)',
      '5 días hábiles después de que el padre solicitó los expedientes el 9 de noviembre de 2026; se omitió 1 día festivo escolar (Veterans Day)',
    ]);
    expect(
      describeBoth('PROGRESS_REPORT', { date: '2026-12-01', reportingPeriodEnds: ['2027-01-29'] }),
    ).toEqual([
      'the end of the reporting period that includes 1 December 2026',
      'el final del período de informe que incluye el 1 de diciembre de 2026',
    ]);
    expect(describeBoth('RECORDS_REQUEST', { date: '2026-12-15' })).toEqual([
      '45 calendar days after the parent requested the records on 15 December 2026',
      '45 días calendario después de que el padre solicitó los expedientes el 15 de diciembre de 2026',
    ]);
  });

  it('explains a 29 February date', () => {
    expect(describeBoth('TRANSITION_PLAN', { date: '2012-02-29' }, MA_PROFILE)).toEqual([
      "the student's 14th birthday (date of birth 29 February 2012); 29 February is taken as 28 February in a non-leap year",
      'el día en que el estudiante cumple 14 años (fecha de nacimiento: 29 de febrero de 2012); ' +
        'el 29 de febrero se toma como el 28 de febrero en un año no bisiesto',
    ]);
    expect(describeBoth('ANNUAL_REVIEW', { date: '2028-02-29' })[0]).toBe(
      '12 months after the IEP meeting on 29 February 2028; 29 February is taken as 28 February in a non-leap year',
    );
    const byAnniversary = defineStateRuleProfile({
      code: 'X',
      name: 'X',
      annualReview: { rule: 'BY_ANNIVERSARY', months: 12 },
      reevaluation: { rule: 'BY_ANNIVERSARY', months: 36 },
    });
    expect(describeBoth('ANNUAL_REVIEW', { date: '2028-02-29' }, byAnniversary)).toEqual([
      'the 1st anniversary of the IEP meeting on 29 February 2028; 29 February is taken as 28 February in a non-leap year',
      'el primer aniversario de la reunión del IEP del 29 de febrero de 2028; el 29 de febrero se toma como el 28 de febrero en un año no bisiesto',
    ]);
    expect(describeBoth('REEVALUATION', { date: '2026-10-05' }, byAnniversary)).toEqual([
      'the 3rd anniversary of the last evaluation on 5 October 2026',
      'el tercer aniversario de la última evaluación del 5 de octubre de 2026',
    ]);
  });

  it('uses English ordinals correctly and says when the IEP took effect without a signature', () => {
    const age = (transitionAge: number) =>
      describeBoth(
        'TRANSITION_PLAN',
        { date: '2010-05-04' },
        defineStateRuleProfile({ code: 'X', name: 'X', transitionAge }),
      )[0];
    expect(age(12)).toMatch(/^the student's 12th birthday/);
    expect(age(13)).toMatch(/^the student's 13th birthday/);
    expect(age(16)).toMatch(/^the student's 16th birthday/);
    const reevaluation = (months: number) =>
      describeBoth(
        'REEVALUATION',
        { date: '2026-10-05' },
        defineStateRuleProfile({ code: 'X', name: 'X', reevaluation: { rule: 'BY_ANNIVERSARY', months } }),
      )[0];
    expect(reevaluation(12)).toMatch(/^the 1st anniversary/);
    expect(reevaluation(24)).toMatch(/^the 2nd anniversary/);
    expect(reevaluation(36)).toMatch(/^the 3rd anniversary/);
    const noSignature = defineStateRuleProfile({ code: 'X', name: 'X', requiresParentSignature: false });
    expect(describeBoth('SERVICE_START', { date: '2026-09-14' }, noSignature)).toEqual([
      '10 school days after the IEP took effect on 14 September 2026',
      '10 días escolares después de que el IEP entró en vigor el 14 de septiembre de 2026',
    ]);
  });
});
