import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EvaluationArea } from '@iep/domain';
import { formatIsoDate } from '@iep/web/ui';
import { ConsentSignature } from './consent-signature';
import { getFragmentData } from '@iep/web/data-access';
import { DeadlineList, EvaluationDeadlineFragment } from './deadline-list';
import type { EvaluationsView, EvaluationView } from './evaluation-types';
import { ChildProducedForm, DelayForm, EligibilityForm, PaperConsentForm, PlanForm, ReportForm, StartInitialIepForm } from './step-forms';

const NOTICE_ELEMENTS = [
  'actionDescription', 'explanation', 'evaluationBasis', 'optionsConsidered', 'otherFactors', 'proceduralSafeguards', 'sourcesForAssistance',
] as const;

/** One step: its name, where it stands in words, and the form of whoever may take it. */
function Step({ title, done, children }: { title: string; done: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack component="li" gap={4} aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title} <Text span size="sm" fw={400}>({done ? t('evaluation.done') : t('evaluation.notYet')})</Text>
      </Title>
      {children}
    </Stack>
  );
}

/** An evaluation from its referral to its determination, as every reader sees it, with the next step's form. */
export function EvaluationCard({ view, evaluation: e }: { view: EvaluationsView; evaluation: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const date = (iso: string) => formatIsoDate(iso, i18n.language);
  const open = !e.determinedOn;
  const initial = e.kind === 'INITIAL';
  const [timeline, firstIep] = [e.deadlines.filter((_, index) => !initial || index === 0), initial ? e.deadlines.slice(1) : []];
  const reportable = new Set(view.reportableAreas);

  return (
    <Card component="article" aria-labelledby={headingId} withBorder padding="lg" radius="md">
      <Title order={2} size="h3" id={headingId}>
        {t(initial ? 'evaluation.initialTitle' : 'evaluation.reevaluationTitle', { date: date(e.referredOn) })}
      </Title>
      <Stack component="ol" gap="md" mt="md" p={0} style={{ listStyle: 'none' }}>
        <Step title={t('evaluation.steps.referral')} done>
          <Text>
            {t(e.referralSource === 'PARENT' ? 'evaluation.referral.byParent' : 'evaluation.referral.bySchool', { date: date(e.referredOn), name: e.referredByName })}
          </Text>
          <Text>{e.referralReason}</Text>
          {e.agreedWithinYear && <Text>{t('evaluation.referral.agreedWithinYear')}</Text>}
        </Step>

        <Step title={t('evaluation.steps.consent')} done={Boolean(e.consentOn)}>
          {e.consentOn ? (
            <Text>
              {e.consentMethod === 'E_SIGNED'
                ? t('evaluation.consent.eSigned', { date: date(e.consentOn), name: e.consentSignedName ?? '' })
                : t('evaluation.consent.paper', { date: date(e.consentOn) })}
            </Text>
          ) : (
            <>
              <Text>{t('evaluation.consent.waiting')}</Text>
              {view.mayConsent && <ConsentSignature view={view} evaluation={e} />}
              {view.mayRecord && <PaperConsentForm evaluation={e} />}
            </>
          )}
        </Step>

        <Step title={t('evaluation.steps.plan')} done={e.plan.length > 0}>
          {e.plan.length === 0 ? (
            <Text>{t('evaluation.plan.none')}</Text>
          ) : (
            <List>
              {e.plan.map((p) => (
                <List.Item key={p.area}>{t('evaluation.plan.item', { area: t(`evaluation.areas.${p.area}`), name: p.assessorName })}</List.Item>
              ))}
            </List>
          )}
          {view.mayRecord && open && e.consentOn && <PlanForm view={view} evaluation={e} />}
        </Step>

        <Step title={t('evaluation.steps.reports')} done={e.plan.length > 0 && e.plan.every((p) => p.report)}>
          {e.plan.length === 0 && <Text>{t('evaluation.report.none')}</Text>}
          {e.plan.map((p) => (
            <Stack key={p.area} gap={2}>
              <Text fw={700}>{t(`evaluation.areas.${p.area}`)}</Text>
              {p.report ? (
                <>
                  <Text>{t('evaluation.report.by', { name: p.report.authorName, date: date(p.report.completedOn) })}</Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{p.report.summary}</Text>
                  {p.report.fileUrl && (
                    <Anchor href={p.report.fileUrl} download>
                      {t('evaluation.report.download', { name: p.report.fileName })}
                    </Anchor>
                  )}
                </>
              ) : (
                <>
                  <Text>{t('evaluation.report.waiting', { name: p.assessorName })}</Text>
                  {open && e.consentOn && reportable.has(p.area) && <ReportForm evaluation={e} area={p.area as EvaluationArea} />}
                </>
              )}
            </Stack>
          ))}
        </Step>

        <Step title={t('evaluation.steps.timeline')} done={!open}>
          {!e.consentOn && <Text>{t('evaluation.timeline.notStarted')}</Text>}
          {!initial && <Text>{t('evaluation.timeline.reevaluation')}</Text>}
          <DeadlineList deadlines={timeline} />
          {e.delayReason && (
            <Text>
              {t('evaluation.delay.recorded', { reason: t(`evaluation.delayReasons.${e.delayReason}`) })}
              {e.delayAgreedCompletionOn ? ` ${t('evaluation.delay.agreed', { date: date(e.delayAgreedCompletionOn) })}` : ''} {e.delayNote}
            </Text>
          )}
          {e.childProducedOn && <Text>{t('evaluation.delay.produced', { date: date(e.childProducedOn) })}</Text>}
          {view.mayRecord && open && e.consentOn && !e.delayReason && <DelayForm evaluation={e} />}
          {view.mayRecord && open && e.delayReason === 'CHILD_UNAVAILABLE' && !e.childProducedOn && <ChildProducedForm evaluation={e} />}
        </Step>

        <Step title={t('evaluation.steps.eligibility')} done={!open}>
          {e.determinedOn ? (
            <>
              <Text fw={700}>
                {e.eligible
                  ? t('evaluation.eligibility.foundEligible', { date: date(e.determinedOn), category: t(`evaluation.categories.${e.disabilityCategory!}`) })
                  : t('evaluation.eligibility.foundNotEligible', { date: date(e.determinedOn) })}
              </Text>
              {e.notice && (
                <Stack gap={4} component="section" aria-label={t('evaluation.notice.heading')}>
                  <Text fw={700}>{t('evaluation.notice.heading')}</Text>
                  {NOTICE_ELEMENTS.map((key) => (
                    <div key={key}>
                      <Text size="sm" fw={700}>
                        {t(`evaluation.notice.${key}`)}
                      </Text>
                      <Text size="sm">{e.notice![key]}</Text>
                    </div>
                  ))}
                </Stack>
              )}
            </>
          ) : (
            <>
              <Text>{t('evaluation.eligibility.waiting')}</Text>
              {view.mayRecord && e.consentOn && <EligibilityForm evaluation={e} />}
            </>
          )}
        </Step>

        {initial && e.eligible && (
          <Step title={t('evaluation.steps.firstIep')} done={firstIep.some((d) => Boolean(getFragmentData(EvaluationDeadlineFragment, d).metOn))}>
            <DeadlineList deadlines={firstIep} />
            {e.initialIepId ? (
              <Stack gap={2}>
                <Anchor component={Link} to={`/ieps/${e.initialIepId}`}>
                  {t('evaluation.firstIep.open')}
                </Anchor>
                <Anchor component={Link} to={`/ieps/${e.initialIepId}/meeting`}>
                  {t('evaluation.firstIep.meeting')}
                </Anchor>
              </Stack>
            ) : (
              <>
                <Text>{t('evaluation.firstIep.notStarted')}</Text>
                {view.mayRecord && <StartInitialIepForm evaluation={e} />}
              </>
            )}
          </Step>
        )}
      </Stack>
    </Card>
  );
}
