import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_LIMITS, commentBodyProblem, quoteTooLong } from '@iep/domain/iep-content';
import { graphql } from '@iep/web/data-access';
import { ErrorAlert, errorText, LoadingState, useActionFeedback } from '@iep/web/ui';
import { MentionTextarea, mentionedIds } from './mention-textarea';
import classes from './iep.module.css';
import type { Person } from './types';
import { useIepText } from './use-iep-text';

/** What a part's comments panel loads when it is opened: the threads of that part only, and who may be mentioned. */
export const IepCommentsQuery = graphql(`
  query IepComments($iepId: ID!, $partId: ID!) {
    iep(id: $iepId) {
      id
      mentionablePeople {
        id
        displayName
      }
      commentThreads(partId: $partId) {
        id
        partId
        quote
        createdAt
        resolvedAt
        createdBy {
          id
          displayName
        }
        assignee {
          id
          displayName
        }
        resolvedBy {
          id
          displayName
        }
        comments {
          id
          threadId
          body
          createdAt
          author {
            id
            displayName
          }
          mentions {
            id
            displayName
          }
        }
      }
    }
  }
`);

const StartThreadMutation = graphql(`
  mutation StartIepCommentThread($input: StartIepCommentThreadInput!) {
    startIepCommentThread(input: $input) {
      id
    }
  }
`);

const ReplyMutation = graphql(`
  mutation ReplyToIepCommentThread($input: ReplyToIepCommentThreadInput!) {
    replyToIepCommentThread(input: $input) {
      id
    }
  }
`);

const AssignMutation = graphql(`
  mutation AssignIepCommentThread($input: AssignIepCommentThreadInput!) {
    assignIepCommentThread(input: $input) {
      id
      assignee {
        id
        displayName
      }
    }
  }
`);

const ResolveMutation = graphql(`
  mutation ResolveIepCommentThread($threadId: ID!) {
    resolveIepCommentThread(threadId: $threadId) {
      id
      resolvedAt
      resolvedBy {
        id
        displayName
      }
    }
  }
`);

const ReopenMutation = graphql(`
  mutation ReopenIepCommentThread($threadId: ID!) {
    reopenIepCommentThread(threadId: $threadId) {
      id
      resolvedAt
      resolvedBy {
        id
        displayName
      }
    }
  }
`);

export type CommentView = { id: string; body: string; createdAt: string; author: Person; mentions: readonly Person[] };
export type ThreadView = {
  id: string;
  partId?: string | null;
  quote?: string | null;
  createdAt: string;
  resolvedAt?: string | null;
  createdBy: Person;
  assignee?: Person | null;
  resolvedBy?: Person | null;
  comments: readonly CommentView[];
};

type Props = {
  iepId: string;
  partId: string;
  partName: string;
  canComment: boolean;
  /** Text the person had selected in this part when they opened the comments, offered as the quote. */
  selectedQuote: string;
  /** After a change to a thread here, so the page updates the parts' thread counts. */
  onChanged: () => void;
};

// Only open panels are watching IepComments, so this refetches this panel (and any other open one), nothing else.
const REFETCH = { refetchQueries: ['IepComments'], awaitRefetchQueries: true };

/** The comment threads on one part, loaded when opened: start one (optionally quoting a passage), reply, mention, assign, resolve. */
export function CommentsPanel({ iepId, partId, partName, canComment, selectedQuote, onChanged }: Props) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(IepCommentsQuery, { variables: { iepId, partId }, fetchPolicy: 'cache-and-network' });
  if (!data) {
    return error ? <ErrorAlert title={t('iep.comments.loadError')} error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  }
  const threads = data.iep.commentThreads as readonly ThreadView[];
  const people = data.iep.mentionablePeople;
  const open = threads.filter((thread) => !thread.resolvedAt);
  const resolved = threads.filter((thread) => thread.resolvedAt);
  return (
    <Stack gap="md">
      {threads.length === 0 && <Text size="sm">{t('iep.comments.none')}</Text>}
      {open.map((thread) => (
        <ThreadItem key={thread.id} thread={thread} people={people} canComment={canComment} onChanged={onChanged} />
      ))}
      {resolved.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer' }}>{t('iep.comments.resolvedCount', { count: resolved.length })}</summary>
          <Stack gap="md" mt="sm">
            {resolved.map((thread) => (
              <ThreadItem key={thread.id} thread={thread} people={people} canComment={canComment} onChanged={onChanged} />
            ))}
          </Stack>
        </details>
      )}
      {canComment && (
        <StartThreadForm iepId={iepId} partId={partId} partName={partName} people={people} selectedQuote={selectedQuote} onChanged={onChanged} />
      )}
    </Stack>
  );
}

function ThreadItem({ thread, people, canComment, onChanged }: { thread: ThreadView; people: readonly Person[]; canComment: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { date } = useIepText();
  const headingId = useId();
  const [assign, assigning] = useMutation(AssignMutation);
  const [resolve, resolving] = useMutation(ResolveMutation, REFETCH);
  const [reopen, reopening] = useMutation(ReopenMutation, REFETCH);
  const { run: send, failureAlert } = useActionFeedback(t('iep.comments.failed'));
  const run = (action: () => Promise<unknown>) => send(action, null, onChanged);

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="sm">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Title order={4} size="h6" id={headingId}>
          {t('iep.comments.threadBy', { name: thread.createdBy.displayName, when: date(thread.createdAt) })}
        </Title>
        {thread.resolvedAt ? <Badge color="green">{t('iep.comments.resolved')}</Badge> : <Badge color="blue">{t('iep.comments.open')}</Badge>}
      </Group>
      {thread.quote && (
        <blockquote className={classes.quote} aria-label={t('iep.comments.quoteLabel')}>
          {thread.quote}
        </blockquote>
      )}
      <ol className={classes.list}>
        {thread.comments.map((comment) => (
          <li key={comment.id} style={{ paddingBlock: 6 }}>
            <Text size="sm" fw={700}>
              {comment.author.displayName} · <Text span size="sm" fw={400}>{date(comment.createdAt)}</Text>
            </Text>
            <p className={classes.value}>{comment.body}</p>
            {comment.mentions.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('iep.comments.mentioned', { names: comment.mentions.map((person) => person.displayName).join(', ') })}
              </Text>
            )}
          </li>
        ))}
      </ol>
      {thread.resolvedAt && thread.resolvedBy && (
        <Text size="sm">{t('iep.comments.resolvedBy', { name: thread.resolvedBy.displayName, when: date(thread.resolvedAt) })}</Text>
      )}
      {canComment ? (
        <Stack gap="sm" mt="sm">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('iep.comments.assignee')}
              value={thread.assignee?.id ?? ''}
              disabled={assigning.loading}
              onChange={(event) => {
                const assigneeId = event.currentTarget.value || null;
                void run(() => assign({ variables: { input: { threadId: thread.id, assigneeId } } }));
              }}
              data={[{ value: '', label: t('iep.comments.nobody') }, ...people.map((person) => ({ value: person.id, label: person.displayName }))]}
              miw={200}
            />
            {thread.resolvedAt ? (
              <Button variant="default" loading={reopening.loading} onClick={() => void run(() => reopen({ variables: { threadId: thread.id } }))}>
                {t('iep.comments.reopen')}
              </Button>
            ) : (
              <Button variant="default" loading={resolving.loading} onClick={() => void run(() => resolve({ variables: { threadId: thread.id } }))}>
                {t('iep.comments.resolve')}
              </Button>
            )}
          </Group>
          {failureAlert}
          {!thread.resolvedAt && <ReplyForm threadId={thread.id} people={people} onChanged={onChanged} />}
        </Stack>
      ) : (
        thread.assignee && <Text size="sm">{t('iep.comments.assignedTo', { name: thread.assignee.displayName })}</Text>
      )}
    </Paper>
  );
}

/** The comment's own rule (libs/domain), as the API applies it, worded for the field. */
function useCommentValidation() {
  const { t } = useTranslation();
  return {
    body: (body: string) => {
      const problem = commentBodyProblem(body);
      if (problem === 'REQUIRED') return t('iep.comments.bodyRequired');
      return problem === 'TOO_LONG' ? t('iep.problem.tooLong', { max: COMMENT_LIMITS.bodyLength }) : null;
    },
    quote: (quote: string) => (quoteTooLong(quote) ? t('iep.problem.tooLong', { max: COMMENT_LIMITS.quoteLength }) : null),
  };
}

function ReplyForm({ threadId, people, onChanged }: { threadId: string; people: readonly Person[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [reply, { loading }] = useMutation(ReplyMutation, REFETCH);
  const { body: validateBody } = useCommentValidation();
  const form = useForm({ mode: 'controlled', name: `reply-${threadId}`, initialValues: { body: '' }, validate: { body: validateBody } });

  async function submit({ body }: { body: string }) {
    try {
      await reply({ variables: { input: { threadId, body: body.trim(), mentionIds: mentionedIds(body, people) } } });
      onChanged();
      form.reset();
    } catch (error) {
      // The refusal is about what was written: it stands under the reply.
      form.setFieldError('body', errorText(t, error));
    }
  }

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="xs">
        <MentionTextarea label={t('iep.comments.reply')} people={people} value={form.values.body}
          onChange={(body) => form.setFieldValue('body', body)} error={form.errors.body as string | undefined} />
        <Button type="submit" variant="light" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('iep.comments.sendReply')}
        </Button>
      </Stack>
    </form>
  );
}

type StartValues = { quote: string; body: string; assigneeId: string };

function StartThreadForm({
  iepId,
  partId,
  partName,
  people,
  selectedQuote,
  onChanged,
}: {
  iepId: string;
  partId: string;
  partName: string;
  people: readonly Person[];
  selectedQuote: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [start, { loading }] = useMutation(StartThreadMutation, REFETCH);
  const { run, failureAlert } = useActionFeedback(t('iep.comments.failed'));
  const form = useForm<StartValues>({
    mode: 'controlled',
    name: `start-thread-${partId}`,
    initialValues: { quote: selectedQuote, body: '', assigneeId: '' },
    validate: useCommentValidation(),
  });

  function submit({ quote, body, assigneeId }: StartValues) {
    const input = { iepId, partId, quote: quote.trim() || null, body: body.trim(), mentionIds: mentionedIds(body, people), assigneeId: assigneeId || null };
    void run(() => start({ variables: { input } }), null, () => {
      onChanged();
      form.setValues({ quote: '', body: '', assigneeId: '' });
    });
  }

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-label={t('iep.comments.startLabel', { part: partName })}>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('iep.comments.start')}
        </Title>
        <Textarea
          label={t('iep.comments.quote')}
          description={t('iep.comments.quoteHelp')}
          autosize
          minRows={1}
          {...form.getInputProps('quote')}
        />
        <MentionTextarea label={t('iep.comments.body')} people={people} value={form.values.body}
          onChange={(body) => form.setFieldValue('body', body)} error={form.errors.body as string | undefined} />
        <NativeSelect
          label={t('iep.comments.assignee')}
          data={[{ value: '', label: t('iep.comments.nobody') }, ...people.map((person) => ({ value: person.id, label: person.displayName }))]}
          {...form.getInputProps('assigneeId')}
        />
        {failureAlert}
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('iep.comments.post')}
        </Button>
      </Stack>
    </form>
  );
}
