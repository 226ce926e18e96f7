export { apiErrorMessage, createApolloClient, describeApiError, errorCode, onLiveReconnect, type ApiErrorDescription } from './apollo';
export * from './gql';
export type * from './gql/graphql';
export { MeQuery, useMe } from './session/use-me';
