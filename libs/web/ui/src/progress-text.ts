import { useTranslation } from 'react-i18next';
import { formatIsoDate } from './i18n/format-iso-date';

/** What the words need of a goal's measure (the API's GoalMeasure or a goal's content). */
export interface MeasureForText {
  kind: string;
  baseline: number;
  target: number;
  targetDate: string;
  unit: string;
  trials: number | null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A goal's measure and its values in the reader's language: "Trials correct out of trials: from 1 of 5
 * to 4 of 5 by March 1, 2027". The drafting editor and the progress pages say them the same way.
 */
export function useProgressText() {
  const { t: typed, i18n } = useTranslation();
  const t = typed as unknown as Translate;
  const language = i18n.resolvedLanguage ?? 'en';
  const number = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);

  const kindLabel = (kind: string) => t(`progress.kind.${kind}`);
  const value = (measure: Pick<MeasureForText, 'kind' | 'unit' | 'trials'>, raw: number) => {
    switch (measure.kind) {
      case 'PERCENT_ACCURACY': return t('progress.value.percent', { value: number(raw) });
      case 'TRIALS': return t('progress.value.trials', { value: number(raw), trials: measure.trials ?? '' });
      // A point is a whole rung or a yes/no; the aim line between two rungs reads as a number.
      case 'PROMPT_LEVEL': return Number.isInteger(raw) ? t(`progress.promptLevel.${raw}`) : number(raw);
      case 'YES_NO': return raw === 1 ? t('progress.value.yes') : raw === 0 ? t('progress.value.no') : number(raw);
      default: return measure.unit.trim() ? t('progress.value.unit', { value: number(raw), unit: measure.unit.trim() }) : number(raw);
    }
  };
  const summary = (measure: MeasureForText) =>
    t('progress.measure.summary', {
      kind: kindLabel(measure.kind), baseline: value(measure, measure.baseline), target: value(measure, measure.target),
      date: formatIsoDate(measure.targetDate, language),
    });
  const date = (iso: string) => formatIsoDate(iso, language);
  return { kindLabel, value, summary, date, number };
}
