import { fromEpochDay, toEpochDay } from '@iep/domain/deadlines';
import { PROGRESS_REPORT_CODE_LABELS, PROMPT_LEVELS, TREND_MIN_POINTS, TREND_WINDOW } from '@iep/domain/progress';
import { renderDocument, type ChartBlock, type DocumentBlock } from './document-renderer';
import { codeLabel, COMMON, fill, longDate, longDateTime, type DocumentLocale } from './document-words';

const WORDS = {
  en: {
    title: 'Progress report', law: '34 CFR 300.320(a)(3)(ii)', period: 'Reporting period', dates: 'Dates', datesRange: '{from} to {to}',
    district: 'District', sentOn: 'Sent on', sentBy: 'Sent by', digest: 'Digest of the report as sent (SHA-256)',
    goal: 'Goal {n}', annualGoal: 'Annual goal', code: 'Progress', notCoded: 'No progress code was given', narrative: 'What the team says',
    measure: 'How it is measured', measureLine: '{kind}: from {baseline} to {target} by {date}', noMeasure: 'This goal has no measure yet; the team adds one with an amendment or at the annual review.',
    latest: 'Latest measurement', latestLine: '{value} on {date}', noData: 'No measurements recorded yet.',
    trend: 'Trend', trendLine: 'Changing by {slope} a week; at this pace, {projected} on {date} (the target is {target}).',
    trendNone: `Not enough measurements for a trend (it needs at least ${TREND_MIN_POINTS}).`,
    trendRule: `The trend line is fitted by least squares through the last ${TREND_WINDOW} measurements (at least ${TREND_MIN_POINTS}), by date.`,
    flags: 'Alerts', chart: 'Chart', data: 'Measurements', points: 'Each dot is a measurement',
    aimLegend: 'Aim line: from {baseline} on {from} to {target} on {to}', trendLegend: 'Trend line (least squares, last {n} measurements)',
    alt: 'Chart of goal {n}: {count} measurements from {from} to {to}, the latest {latest}. The aim line runs from {baseline} to {target} by {date}.{trend}',
    altTrend: ' The trend line projects {projected} on {date}.', altNone: 'Chart of goal {n}: no measurements yet. The aim line runs from {baseline} to {target} by {date}.',
    trials: '{n} of {of} trials', yes: 'Yes', no: 'No', axisTrials: 'Trials correct, out of {of}', axisPrompt: '0 = {low}, 5 = {high}',
    FOUR_SHORT_OF_AIM: 'Progress is slower than planned: the last four measurements are all below the line that leads to the goal. The team should consider changing how this skill is taught.',
    SIX_BEYOND_AIM: 'Progress is faster than planned: the last six measurements are all above the line that leads to the goal. The team should consider raising the goal.',
    TREND_MISSES_TARGET: 'The goal may not be reached in time: if progress continues at the current pace, the goal will not be reached by its date.',
    prompt: ['Full physical prompt', 'Partial physical prompt', 'Modeling', 'Gestural prompt', 'Verbal prompt', 'Independent'],
  },
  es: {
    title: 'Informe de progreso', law: '34 CFR 300.320(a)(3)(ii)', period: 'Período de informe', dates: 'Fechas', datesRange: 'Del {from} al {to}',
    district: 'Distrito', sentOn: 'Enviado el', sentBy: 'Enviado por', digest: 'Huella del informe enviado (SHA-256)',
    goal: 'Meta {n}', annualGoal: 'Meta anual', code: 'Progreso', notCoded: 'No se indicó un código de progreso', narrative: 'Lo que dice el equipo',
    measure: 'Cómo se mide', measureLine: '{kind}: de {baseline} a {target} para el {date}', noMeasure: 'Esta meta todavía no tiene medida; el equipo la agrega con una enmienda o en la revisión anual.',
    latest: 'Última medición', latestLine: '{value} el {date}', noData: 'Todavía no hay mediciones.',
    trend: 'Tendencia', trendLine: 'Cambia {slope} por semana; a este ritmo, {projected} el {date} (el objetivo es {target}).',
    trendNone: `No hay suficientes mediciones para una tendencia (se necesitan al menos ${TREND_MIN_POINTS}).`,
    trendRule: `La línea de tendencia se ajusta por mínimos cuadrados a las últimas ${TREND_WINDOW} mediciones (al menos ${TREND_MIN_POINTS}), por fecha.`,
    flags: 'Alertas', chart: 'Gráfica', data: 'Mediciones', points: 'Cada punto es una medición',
    aimLegend: 'Línea de meta: de {baseline} el {from} a {target} el {to}', trendLegend: 'Línea de tendencia (mínimos cuadrados, últimas {n} mediciones)',
    alt: 'Gráfica de la meta {n}: {count} mediciones del {from} al {to}, la última {latest}. La línea de meta va de {baseline} a {target} para el {date}.{trend}',
    altTrend: ' La línea de tendencia proyecta {projected} el {date}.', altNone: 'Gráfica de la meta {n}: todavía no hay mediciones. La línea de meta va de {baseline} a {target} para el {date}.',
    trials: '{n} de {of} ensayos', yes: 'Sí', no: 'No', axisTrials: 'Ensayos correctos, de {of}', axisPrompt: '0 = {low}, 5 = {high}',
    FOUR_SHORT_OF_AIM: 'El progreso es más lento de lo previsto: las últimas cuatro mediciones están todas por debajo de la línea que lleva a la meta. El equipo debería considerar cambiar la forma de enseñar esta habilidad.',
    SIX_BEYOND_AIM: 'El progreso es más rápido de lo previsto: las últimas seis mediciones están todas por encima de la línea que lleva a la meta. El equipo debería considerar subir la meta.',
    TREND_MISSES_TARGET: 'Puede que la meta no se alcance a tiempo: si el progreso sigue al ritmo actual, la meta no se alcanzará para su fecha.',
    prompt: ['Apoyo físico total', 'Apoyo físico parcial', 'Modelado', 'Apoyo con gestos', 'Apoyo verbal', 'Independiente'],
  },
} as const;

type FlagRule = 'FOUR_SHORT_OF_AIM' | 'SIX_BEYOND_AIM' | 'TREND_MISSES_TARGET';

export interface ProgressReportGoalFacts {
  position: number;
  area: string;
  annualGoal: string;
  code: string | null;
  narrative: string;
  measure: { kind: string; baseline: number; target: number; targetDate: string; unit: string; trials: number | null } | null;
  aimStartDate: string | null;
  points: ReadonlyArray<{ observedOn: string; value: number }>;
  trend: { slopePerWeek: number; projectedAtTargetDate: number; fromDate: string; fromValue: number; toDate: string; toValue: number; pointsUsed: number } | null;
  flags: ReadonlyArray<{ rule: string }>;
}

/** A sent progress report as the family received it: the frozen goals, their data and the words the team wrote. */
export interface ProgressReportFacts {
  studentName: string;
  districtName: string;
  period: { name: string; firstDay: string; lastDay: string };
  sentAt: Date;
  sentBy: string;
  digest: string;
  timeZone?: string;
  goals: readonly ProgressReportGoalFacts[];
}

type Measure = NonNullable<ProgressReportGoalFacts['measure']>;

/** A value in the goal's own terms: "78%", "52 words per minute", "7 of 10 trials", "Verbal prompt", "Yes". */
function valueText(measure: Measure, value: number, locale: DocumentLocale): string {
  const w = WORDS[locale];
  const n = new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 1 }).format(value);
  switch (measure.kind) {
    case 'PERCENT_ACCURACY': return `${n}%`;
    case 'TRIALS': return fill(w.trials, { n, of: measure.trials ?? '' });
    case 'PROMPT_LEVEL': return w.prompt[Math.round(value)] ?? n;
    case 'YES_NO': return value >= 1 ? w.yes : w.no;
    default: return measure.unit ? `${n} ${measure.unit}` : n;
  }
}

/** The smallest of 1, 2, 2.5 or 5 times a power of ten at or above `value`: an axis that ends on a round number. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/** A value on the vertical axis: a number (a percent with its sign; yes and no in words), its unit said once above the axis. */
function axisText(measure: Measure, value: number, locale: DocumentLocale): string {
  if (measure.kind === 'YES_NO') return value >= 1 ? WORDS[locale].yes : WORDS[locale].no;
  const n = new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 1 }).format(value);
  return measure.kind === 'PERCENT_ACCURACY' ? `${n}%` : n;
}

/** What the vertical axis counts: the goal's unit, trials out of how many, or the prompt scale's ends. */
function axisCaption(measure: Measure, locale: DocumentLocale): string | undefined {
  const w = WORDS[locale];
  switch (measure.kind) {
    case 'TRIALS': return fill(w.axisTrials, { of: measure.trials ?? '' });
    case 'PROMPT_LEVEL': return fill(w.axisPrompt, { low: w.prompt[0], high: w.prompt[PROMPT_LEVELS.length - 1] ?? '' });
    case 'RATE':
    case 'DURATION': return measure.unit || undefined;
    default: return undefined;
  }
}

/** A change per week with its sign: "+2.5 words per minute", "−1 trials". */
function slopeText(measure: Measure, slope: number, locale: DocumentLocale): string {
  const rounded = Math.round(slope * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  const body = measure.kind === 'PROMPT_LEVEL' || measure.kind === 'YES_NO'
    ? new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 1 }).format(Math.abs(rounded))
    : valueText({ ...measure, kind: measure.kind === 'TRIALS' ? 'RATE' : measure.kind, unit: measure.kind === 'TRIALS' ? '' : measure.unit }, Math.abs(rounded), locale);
  return `${sign}${body}`;
}

/** The goal's chart: its measurements, the aim line from the baseline to the target, and the trend line (the domain's least squares). */
function chartOf(goal: ProgressReportGoalFacts, n: number, measure: Measure, locale: DocumentLocale): ChartBlock {
  const w = WORDS[locale];
  const aimStart = goal.aimStartDate ?? goal.points[0]?.observedOn ?? measure.targetDate;
  const days = [aimStart, measure.targetDate, ...goal.points.map((p) => p.observedOn)].map(toEpochDay);
  const values = [measure.baseline, measure.target, ...goal.points.map((p) => p.value), ...(goal.trend ? [goal.trend.fromValue, goal.trend.toValue] : [])];
  const xMin = Math.min(...days);
  const xMax = Math.max(...days);
  // The scale of a bounded measure (percent, trials, prompt levels, yes/no) is drawn whole; an open one fits its values.
  const bounded = measure.kind === 'PERCENT_ACCURACY' ? 100 : measure.kind === 'TRIALS' ? measure.trials : measure.kind === 'PROMPT_LEVEL' ? PROMPT_LEVELS.length - 1 : measure.kind === 'YES_NO' ? 1 : null;
  const yMin = bounded !== null ? 0 : Math.min(0, ...values);
  const yMax = bounded ?? niceCeiling(Math.max(...values) * 1.1);
  const yLabels = measure.kind === 'YES_NO' || measure.kind === 'PROMPT_LEVEL' ? [yMin, yMax] : [yMin, yMin + (yMax - yMin) / 2, yMax];
  const first = goal.points[0];
  const last = goal.points[goal.points.length - 1];
  const trend = goal.trend;
  const alt = first && last
    ? fill(w.alt, {
      n, count: goal.points.length, from: longDate(first.observedOn, locale), to: longDate(last.observedOn, locale),
      latest: valueText(measure, last.value, locale), baseline: valueText(measure, measure.baseline, locale), target: valueText(measure, measure.target, locale),
      date: longDate(measure.targetDate, locale),
      trend: trend ? fill(w.altTrend, { projected: valueText(measure, trend.projectedAtTargetDate, locale), date: longDate(measure.targetDate, locale) }) : '',
    })
    : fill(w.altNone, { n, baseline: valueText(measure, measure.baseline, locale), target: valueText(measure, measure.target, locale), date: longDate(measure.targetDate, locale) });
  return {
    kind: 'chart',
    alt,
    x: { min: xMin, max: xMax, labels: [{ at: xMin, text: longDate(fromEpochDay(xMin), locale) }, { at: xMax, text: longDate(fromEpochDay(xMax), locale) }] },
    y: { min: yMin, max: yMax, labels: yLabels.map((at) => ({ at, text: axisText(measure, at, locale) })) },
    yCaption: axisCaption(measure, locale),
    title: w.chart,
    points: goal.points.map((p) => ({ x: toEpochDay(p.observedOn), y: p.value })),
    pointsLabel: w.points,
    lines: [
      {
        from: { x: toEpochDay(aimStart), y: measure.baseline }, to: { x: toEpochDay(measure.targetDate), y: measure.target }, style: 'solid',
        label: fill(w.aimLegend, { baseline: valueText(measure, measure.baseline, locale), from: longDate(aimStart, locale), target: valueText(measure, measure.target, locale), to: longDate(measure.targetDate, locale) }),
      },
      ...(trend ? [{
        from: { x: toEpochDay(trend.fromDate), y: trend.fromValue }, to: { x: toEpochDay(trend.toDate), y: trend.toValue }, style: 'dashed' as const,
        label: fill(w.trendLegend, { n: trend.pointsUsed }),
      }] : []),
    ],
  };
}

function goalBlocks(goal: ProgressReportGoalFacts, n: number, locale: DocumentLocale): DocumentBlock[] {
  const w = WORDS[locale];
  const labels = PROGRESS_REPORT_CODE_LABELS as Record<string, { en: string; es: string } | undefined>;
  const blocks: DocumentBlock[] = [
    { kind: 'heading', text: goal.area ? `${fill(w.goal, { n })}: ${goal.area}` : fill(w.goal, { n }) },
    { kind: 'field', label: w.annualGoal, value: goal.annualGoal || COMMON[locale].empty },
    { kind: 'field', label: w.code, value: goal.code ? labels[goal.code]?.[locale] ?? codeLabel(goal.code, locale) : w.notCoded },
    { kind: 'field', label: w.narrative, value: goal.narrative.trim() || COMMON[locale].empty },
  ];
  const measure = goal.measure;
  if (!measure) {
    blocks.push({ kind: 'paragraph', text: w.noMeasure, emphasis: 'quiet' });
    return blocks;
  }
  blocks.push({
    kind: 'field', label: w.measure,
    value: fill(w.measureLine, { kind: codeLabel(measure.kind, locale), baseline: valueText(measure, measure.baseline, locale), target: valueText(measure, measure.target, locale), date: longDate(measure.targetDate, locale) }),
  });
  const last = goal.points[goal.points.length - 1];
  blocks.push({ kind: 'field', label: w.latest, value: last ? fill(w.latestLine, { value: valueText(measure, last.value, locale), date: longDate(last.observedOn, locale) }) : w.noData });
  const trend = goal.trend;
  blocks.push({
    kind: 'field', label: w.trend,
    value: trend
      ? fill(w.trendLine, { slope: slopeText(measure, trend.slopePerWeek, locale), projected: valueText(measure, trend.projectedAtTargetDate, locale), date: longDate(measure.targetDate, locale), target: valueText(measure, measure.target, locale) })
      : w.trendNone,
  });
  const flags = goal.flags.map((flag) => (w as Record<string, unknown>)[flag.rule as FlagRule]).filter((text): text is string => typeof text === 'string');
  if (flags.length) blocks.push({ kind: 'list', label: w.flags, items: flags });
  blocks.push(chartOf(goal, n, measure, locale), { kind: 'paragraph', text: w.trendRule, emphasis: 'quiet' });
  if (goal.points.length) {
    blocks.push({ kind: 'list', label: w.data, items: goal.points.map((p) => `${longDate(p.observedOn, locale)}: ${valueText(measure, p.value, locale)}`) });
  }
  return blocks;
}

/**
 * A sent progress report as a PDF in the family's language, from the one renderer: per goal its progress code in
 * words, the team's narrative, the latest measurement and the trend, the alerts in plain words, and the chart drawn
 * as vector graphics (measurements, aim line, least-squares trend) with its measurements listed after it.
 */
export function progressReportDocument(report: ProgressReportFacts, locale: DocumentLocale): Promise<Buffer> {
  const w = WORDS[locale];
  const blocks: DocumentBlock[] = [
    { kind: 'field', label: w.period, value: report.period.name },
    { kind: 'field', label: w.dates, value: fill(w.datesRange, { from: longDate(report.period.firstDay, locale), to: longDate(report.period.lastDay, locale) }) },
    { kind: 'field', label: w.district, value: report.districtName },
    { kind: 'field', label: w.sentOn, value: longDateTime(report.sentAt, locale, report.timeZone) },
    { kind: 'field', label: w.sentBy, value: report.sentBy },
  ];
  [...report.goals].sort((a, b) => a.position - b.position).forEach((goal, index) => blocks.push(...goalBlocks(goal, index + 1, locale)));
  blocks.push({ kind: 'code', label: w.digest, value: report.digest });
  return renderDocument({ title: w.title, subtitle: w.law, locale, running: { studentName: report.studentName, part: report.period.name }, blocks });
}
