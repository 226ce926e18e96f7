import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { currentRequestContext, findUncleanString, uncleanInputError } from '@iep/api/core';

/** Set on the request for the HTTP log line (pino-http's customProps), as the log mixin does for others. */
export const OPERATION_NAME = Symbol('graphqlOperationName');

/**
 * Two things every GraphQL request needs once its operation is known, before any resolver runs:
 * - its operation name joins the request's log context, so every line it writes names it;
 * - every string it carries (each variable, however deep inside an input or a JSON content value, and
 *   each string literal in the query) is free of NUL, lone surrogates and non-characters, or the whole
 *   request is refused with BAD_USER_INPUT naming the field (one place, so a new field is covered).
 */
export function requestHygienePlugin(): ApolloServerPlugin {
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ request, operationName, document, contextValue }) {
      const context = currentRequestContext();
      if (context) context.operationName = operationName ?? null;
      const req = (contextValue as { req?: Record<symbol, unknown> }).req;
      if (req && operationName) req[OPERATION_NAME] = operationName;

      const path = findUncleanString(request.variables ?? {}) ?? findUncleanLiteral(document);
      if (path) {
        const error = uncleanInputError(path);
        // A plugin's error would otherwise be answered with status 500.
        Object.assign(error.extensions, { http: { status: 400 } });
        throw error;
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

/** The argument path of the first string literal in the query holding an unclean character. */
function findUncleanLiteral(document: DocumentNode): Array<string | number> | null {
  let found: Array<string | number> | null = null;
  visit(document, {
    Argument(node) {
      if (found) return false;
      found = findInValue(node.value, [node.name.value]);
      return false;
    },
  });
  return found;
}

function findInValue(value: ValueNode, path: Array<string | number>): Array<string | number> | null {
  switch (value.kind) {
    case Kind.STRING:
      return findUncleanString(value.value, path);
    case Kind.LIST:
      for (let index = 0; index < value.values.length; index++) {
        const found = findInValue(value.values[index]!, [...path, index]);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const found = findInValue(field.value, [...path, field.name.value]);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}
