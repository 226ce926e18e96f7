export { createApolloClient, onLiveReconnect } from './client';
export { apiErrorMessage, errorCode } from './errors';
