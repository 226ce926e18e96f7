import type { TFunction } from 'i18next';
import { describeApiError } from '@iep/web/data-access';

/**
 * One sentence for a failed request: the API's own message when it refused, "the server failed" with the
 * request id to quote to support, or "check your connection" only when no answer came back at all.
 */
export function errorText(t: TFunction, error: unknown): string {
  const described = describeApiError(error);
  if (described.kind === 'answered') return described.message;
  if (described.kind === 'network') return t('app.networkError');
  return described.requestId ? `${t('app.serverError')} ${t('app.requestId', { id: described.requestId })}` : t('app.serverError');
}
