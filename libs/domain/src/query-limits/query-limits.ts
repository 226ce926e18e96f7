/**
 * The bounds every GraphQL request is held to (graphql-armor enforces them in the API; the README lists
 * them; a test of the web client runs each of its operations against them). Each is a few times what
 * the largest page of the web client sends, so a new page has room, and far below what lets one
 * request occupy a process: 1,000 aliases of a nested list once took 3 s of CPU.
 */
export const QUERY_LIMITS = {
  /** Nesting of selections, fragments spread in place. */
  maxDepth: 10,
  /** Aliased fields in one operation. */
  maxAliases: 15,
  /** Lexical tokens in the query text. */
  maxTokens: 2000,
  /** Directives (@include, @skip, …) in one operation. */
  maxDirectives: 20,
  /** graphql-armor's cost: each object field 2, each scalar 1, multiplied by 1.5 per level of depth. */
  maxCost: 5_000,
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
} as const;
