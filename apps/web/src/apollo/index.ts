export { createApolloClient } from './client';
export { apiErrorMessage, errorCode } from './errors';
