import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  noticeElementProblems, PRIOR_WRITTEN_NOTICE_ELEMENTS, PRIOR_WRITTEN_NOTICE_LIMITS, type NoticeElementProblem, type PriorWrittenNoticeElement,
} from '@iep/domain';
import { getFragmentData, graphql, type SignoffNoticeFieldsFragment } from '@iep/web/data-access';
import { errorText, PageHeading, QueryStatus } from '@iep/web/ui';
import { SignoffNav } from './signoff-nav';
import classes from './signoff.module.css';
import { signoffError } from './signoff-errors';
import { useSignoffNotify } from './use-signoff-notify';
import { useSignoffFormat } from './use-signoff-text';

/** The seven elements of 34 CFR 300.503(b), in the regulation's order. */
export const NOTICE_ELEMENTS = PRIOR_WRITTEN_NOTICE_ELEMENTS;
type Element = PriorWrittenNoticeElement;
type Texts = Record<Element, string>;

const NoticePageQuery = graphql(`
  query SignoffNoticePage($id: ID!, $iepId: ID!) {
    priorWrittenNotice(id: $id) {
      ...SignoffNoticeFields
    }
    iep(id: $iepId) {
      id
      canManagePriorWrittenNotices
    }
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
    }
  }
`);

const NoticeFieldsFragment = graphql(`
  fragment SignoffNoticeFields on PriorWrittenNotice {
    id
    iepId
    source
    action
    status
    version
    locale
    actionDescription
    explanation
    evaluationBasis
    proceduralSafeguards
    sourcesForAssistance
    optionsConsidered
    otherFactors
    createdAt
    sentAt
    pdfUrl
    sentBy {
      id
      displayName
    }
  }
`);

const CurrentNoticeQuery = graphql(`
  query SignoffCurrentNotice($id: ID!) {
    priorWrittenNotice(id: $id) {
      ...SignoffNoticeFields
    }
  }
`);

const UpdateNoticeMutation = graphql(`
  mutation SignoffUpdateNotice($input: UpdatePriorWrittenNoticeInput!) {
    updatePriorWrittenNotice(input: $input) {
      ...SignoffNoticeFields
    }
  }
`);

const SendNoticeMutation = graphql(`
  mutation SignoffSendNotice($input: SendPriorWrittenNoticeInput!) {
    sendPriorWrittenNotice(input: $input) {
      ...SignoffNoticeFields
    }
  }
`);

type Notice = SignoffNoticeFieldsFragment;

function textsOf(notice: Notice): Texts {
  return Object.fromEntries(NOTICE_ELEMENTS.map((element) => [element, notice[element]])) as Texts;
}

/**
 * `/ieps/:iepId/notices/:noticeId`: a prior written notice. The case manager completes the system's draft
 * of the seven required elements and sends it; the family reads it once sent.
 */
export function NoticeRoute() {
  const { iepId = '', noticeId = '' } = useParams();
  const { t } = useTranslation();
  const { dateTime } = useSignoffFormat();
  const { data, loading, error, refetch } = useQuery(NoticePageQuery, {
    variables: { id: noticeId, iepId },
    fetchPolicy: 'network-only',
  });
  const notice = data ? getFragmentData(NoticeFieldsFragment, data.priorWrittenNotice) : undefined;
  const name = data?.iepTeam.studentFirstName;
  const editable = notice?.status === 'DRAFT' && data?.iep.canManagePriorWrittenNotices === true;

  return (
    <>
      <PageHeading>
        {name ? t('signoff.notice.heading', { name }) : t('signoff.notice.headingPlain')}
      </PageHeading>
      <SignoffNav iepId={iepId} />
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('signoff.notice.loadError')} refetch={refetch} />
      {notice && (
        <Stack gap="md">
          <Group gap="xs" wrap="wrap">
            <Text fw={700}>{t(`signoff.notice.source.${notice.source}`)}</Text>
            <Badge color={notice.status === 'SENT' ? 'green' : 'gray'}>
              {t(`signoff.notice.status.${notice.status}`)}
            </Badge>
          </Group>
          <Text>{t(`signoff.notice.action.${notice.action}`)}</Text>
          <Text size="sm">
            {notice.sentAt
              ? t('signoff.notice.sentBy', {
                  when: dateTime(notice.sentAt),
                  name: notice.sentBy?.displayName ?? '',
                })
              : t('signoff.notice.draftedAt', { when: dateTime(notice.createdAt) })}
          </Text>
          <Text size="sm">{t('signoff.notice.about')}</Text>
          <Anchor href={notice.pdfUrl} download size="sm">{t('signoff.notice.pdf')}</Anchor>
          {editable ? <NoticeEditor key={notice.id} notice={notice} /> : <NoticeReadView notice={notice} />}
        </Stack>
      )}
    </>
  );
}

function NoticeReadView({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <dl className={classes.facts}>
        {NOTICE_ELEMENTS.map((element, index) => (
          <div key={element}>
            <dt>
              {t('signoff.notice.numbered', {
                number: index + 1,
                label: t(`signoff.notice.element.${element}.label`),
              })}
            </dt>
            <dd lang={notice.locale} className={classes.paragraph}>
              {notice[element]}
            </dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}

type Conflict = { version: number; texts: Texts; name?: string };

function NoticeEditor({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const notify = useSignoffNotify();
  const form = useForm<Texts>({ mode: 'controlled', name: 'signoff-notice', initialValues: textsOf(notice) });
  const [version, setVersion] = useState(notice.version);
  const [saved, setSaved] = useState<Texts>(() => textsOf(notice));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [update, updating] = useMutation(UpdateNoticeMutation);
  const [send, sending] = useMutation(SendNoticeMutation, { refetchQueries: ['SignoffIepStatus'] });
  const texts = form.values;
  const dirty = NOTICE_ELEMENTS.some((element) => texts[element] !== saved[element]);

  useEffect(() => {
    if (conflict) document.getElementById('signoff-notice-conflict')?.focus();
  }, [conflict]);

  /** The elements that keep the notice from being sent (the rule the API applies), shown on their fields. */
  function showProblems(problems: readonly NoticeElementProblem[]) {
    form.setErrors(
      Object.fromEntries(
        problems.map(({ element, reason }) => [element, reason === 'REQUIRED' ? t('signoff.notice.required') : t('signoff.notice.placeholder')]),
      ),
    );
    setFailure(t('signoff.notice.incomplete', { count: problems.length }));
  }

  async function loadConflict() {
    const result = await client.query({
      query: CurrentNoticeQuery,
      variables: { id: notice.id },
      fetchPolicy: 'network-only',
    });
    const current = result.data
      ? getFragmentData(NoticeFieldsFragment, result.data.priorWrittenNotice)
      : undefined;
    if (!current) return;
    if (current.status === 'SENT') {
      setFailure(t('signoff.notice.alreadySent'));
      return;
    }
    setConflict({ version: current.version, texts: textsOf(current) });
    setVersion(current.version);
    setSaved(textsOf(current));
  }

  async function save(): Promise<number | null> {
    setFailure(null);
    form.clearErrors();
    try {
      const result = await update({ variables: { input: { id: notice.id, version, ...texts } } });
      const updated = result.data
        ? getFragmentData(NoticeFieldsFragment, result.data.updatePriorWrittenNotice)
        : undefined;
      if (!updated) return null;
      setVersion(updated.version);
      setSaved(textsOf(updated));
      setConflict(null);
      return updated.version;
    } catch (caught) {
      const detail = signoffError(caught);
      if (detail.code === 'CONFLICT') {
        await loadConflict();
        return null;
      }
      setFailure(errorText(t, caught));
      return null;
    }
  }

  async function saveOnly() {
    const saved = await save();
    if (saved !== null) notify(t('signoff.notice.saved'));
  }

  async function saveAndSend() {
    const found = noticeElementProblems(texts);
    if (found.length > 0) {
      showProblems(found);
      return;
    }
    const current = dirty ? await save() : version;
    if (current === null) return;
    try {
      await send({ variables: { input: { id: notice.id, version: current } } });
      notify(t('signoff.notice.sent'));
    } catch (caught) {
      const detail = signoffError(caught);
      if (detail.problems.length > 0) {
        // The notice as the API holds it may differ from these fields: its own check names the elements.
        showProblems(
          detail.problems.map((problem) => {
            const element = problem.path as Element;
            return { element, reason: texts[element]?.trim() ? 'TO_COMPLETE' : 'REQUIRED' };
          }),
        );
        return;
      }
      if (detail.code === 'CONFLICT') {
        await loadConflict();
        return;
      }
      setFailure(errorText(t, caught));
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="signoff-notice-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void saveOnly();
      }}
    >
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Stack gap="md">
          <Title order={2} size="h3" id="signoff-notice-form-heading">
            {t('signoff.notice.editHeading')}
          </Title>
          <Text size="sm">{t('signoff.notice.editHelp')}</Text>
          {conflict && (
            <Alert
              id="signoff-notice-conflict"
              tabIndex={-1}
              color="blue"
              variant="light"
              title={t('signoff.notice.conflictTitle')}
            >
              <Text size="sm">{t('signoff.notice.conflictBody', { version: conflict.version })}</Text>
            </Alert>
          )}
          {NOTICE_ELEMENTS.map((element, index) => {
            const theirs =
              conflict && conflict.texts[element] !== texts[element] ? conflict.texts[element] : null;
            return (
              <div key={element}>
                <Textarea
                  label={t('signoff.notice.numbered', {
                    number: index + 1,
                    label: t(`signoff.notice.element.${element}.label`),
                  })}
                  description={t(`signoff.notice.element.${element}.help`)}
                  {...form.getInputProps(element)}
                  autosize
                  minRows={3}
                  maxLength={PRIOR_WRITTEN_NOTICE_LIMITS.elementLength}
                  required
                  lang={notice.locale}
                />
                {theirs !== null && (
                  <Paper withBorder p="xs" mt="xs" bg="var(--mantine-color-gray-0)">
                    <Text size="sm" fw={700}>
                      {t('signoff.notice.currentText')}
                    </Text>
                    <p className={classes.paragraph} lang={notice.locale}>
                      {theirs}
                    </p>
                    <Button
                      size="xs"
                      variant="default"
                      mt="xs"
                      onClick={() => form.setFieldValue(element, theirs)}
                      aria-label={t('signoff.notice.useCurrentLabel', {
                        label: t(`signoff.notice.element.${element}.label`),
                      })}
                    >
                      {t('signoff.notice.useCurrent')}
                    </Button>
                  </Paper>
                )}
              </div>
            );
          })}
          {failure && (
            <Alert color="red" variant="light" title={t('signoff.failed')}>
              {failure}
            </Alert>
          )}
          <Group gap="sm" wrap="wrap">
            <Button type="submit" variant="default" loading={updating.loading} disabled={!dirty && !conflict}>
              {t('signoff.notice.save')}
            </Button>
            <Button onClick={() => void saveAndSend()} loading={sending.loading}>
              {t('signoff.notice.send')}
            </Button>
          </Group>
          <Text size="sm">{t('signoff.notice.sendHelp')}</Text>
        </Stack>
      </Paper>
    </form>
  );
}
