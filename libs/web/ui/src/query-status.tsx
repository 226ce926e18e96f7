import { ErrorAlert } from './error-alert';
import { LoadingState } from './loading-state';

type Props = {
  /** What the query has answered so far: while there is something to show, loading shows nothing more. */
  data: unknown;
  loading: boolean;
  error?: unknown;
  /** The error alert's title ("The accounts could not be loaded"). */
  errorTitle: string;
  refetch: () => unknown;
  /** Also show an error while older data stays on screen (a failed refresh of a list). */
  errorWithData?: boolean;
};

/** The loading state before a query's first answer, and its error with a "try again" button. */
export function QueryStatus({ data, loading, error, errorTitle, refetch, errorWithData = false }: Props) {
  const hasData = data !== undefined && data !== null;
  return (
    <>
      {!hasData && loading && <LoadingState />}
      {error && (errorWithData || !hasData) && (
        <ErrorAlert title={errorTitle} error={error} onRetry={() => void refetch()} />
      )}
    </>
  );
}
