export * from './test-database';
export * from './test-api';
export * from './graphql-client';
