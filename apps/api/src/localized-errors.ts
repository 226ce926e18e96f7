import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { errorLanguage, localizeFormattedErrors } from '@iep/api/core';

/**
 * Answers errors in the reader's language. The web client sends the language its pages are in as
 * Accept-Language; a DomainError's message, and the generic message of an unexpected failure, then
 * reach a Spanish reader in Spanish. Runs after formatError, so logs and the code stay the same in
 * every language.
 */
export function localizedErrorsPlugin(): ApolloServerPlugin {
  // One listener for every request: an answer without errors costs one call and no allocation.
  const listener: GraphQLRequestListener<BaseContext> = {
    async willSendResponse({ request, response, errors }) {
      if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
      const language = errorLanguage(request.http?.headers.get('accept-language'));
      if (language === 'en') return;
      response.body.singleResult.errors = localizeFormattedErrors(response.body.singleResult.errors, errors, language);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
