import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { buildSchema, print, validate, type DocumentNode } from 'graphql';
import { QUERY_LIMITS } from '@iep/domain';
import * as operations from './graphql';

const schema = buildSchema(readFileSync(new URL('../../../../../apps/api/schema.gql', import.meta.url), 'utf8'));

const documents = Object.entries(operations).filter(
  (entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && (entry[1] as DocumentNode)?.kind === 'Document',
);

/** The rules the API runs (apps/api/src/query-limits.ts), with the same numbers. */
const rules = [
  maxDepthRule({ n: QUERY_LIMITS.maxDepth }),
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases }),
  maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives }),
  costLimitRule({
    maxCost: QUERY_LIMITS.maxCost,
    objectCost: QUERY_LIMITS.objectCost,
    scalarCost: QUERY_LIMITS.scalarCost,
    depthCostFactor: QUERY_LIMITS.depthCostFactor,
  }),
];

describe('every operation of the web client stays within the API query limits', () => {
  it('finds the operations', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it.each(documents)('%s', (_name, document) => {
    const text = print(document);
    expect(() => new MaxTokensParserWLexer(text, { n: QUERY_LIMITS.maxTokens }).parseDocument()).not.toThrow();
    expect(validate(schema, document, rules).map((error) => error.message)).toEqual([]);
  });
});
