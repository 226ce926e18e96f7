export { createApolloClient, onLiveReconnect } from './client';
export { apiErrorMessage, describeApiError, errorCode, type ApiErrorDescription } from './errors';
