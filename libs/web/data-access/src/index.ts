export { apiErrorMessage, createApolloClient, errorCode, onLiveReconnect } from './apollo';
export * from './gql';
export type * from './gql/graphql';
export { MeQuery, useMe } from './session/use-me';
