import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { QUERY_LIMITS } from '@iep/domain';

/**
 * graphql-armor's limits with the numbers of QUERY_LIMITS (the README lists them; the web client's test
 * holds every page under them). Depth, aliases, directives and cost are validation rules, and tokens are
 * counted while parsing, so an over-limit request is refused before any resolver runs, and so writes no
 * audit row.
 */
export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Counted by tokenLimitMiddleware below: armor's own plugin throws where Apollo answers 500.
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: QUERY_LIMITS.objectCost,
      scalarCost: QUERY_LIMITS.scalarCost,
      depthCostFactor: QUERY_LIMITS.depthCostFactor,
      ignoreIntrospection: true,
    },
    // armor's masking rewrites error.message in place, which a DomainError does not allow; formatError
    // masks suggestions instead (withoutSuggestions).
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules: armor.validationRules, plugins: armor.plugins };
}

/**
 * graphql-armor's token limit, counted before Apollo parses anything (the parse is what a long query
 * costs) and answered as a 400 with a code. In Apollo a plugin can only fail there with a 500, so this is
 * an Express middleware on the GraphQL path. A query shorter than the limit in characters cannot exceed
 * it in tokens, so the web client's requests are never lexed twice.
 */
export function tokenLimitMiddleware(n = QUERY_LIMITS.maxTokens) {
  return (req: Request, res: Response, next: NextFunction) => {
    const query = req.method === 'GET' ? req.query['query'] : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || query.length <= n || tokenCountWithin(query, n)) return next();
    res.status(400).json({
      errors: [{ message: `The query is too long: at most ${n} tokens.`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
  };
}

function tokenCountWithin(query: string, n: number): boolean {
  try {
    new MaxTokensParserWLexer(query, { n }).parseDocument();
    return true;
  } catch (error) {
    // Any other syntax error is Apollo's to report, in its usual way.
    return !(error instanceof GraphQLError && /Token limit/.test(error.message));
  }
}

/** A validation message without graphql-js's "Did you mean …?", so the schema cannot be guessed from refusals. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+\?$/, '');
}
