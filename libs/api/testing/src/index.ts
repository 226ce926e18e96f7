export * from './test-database';
export * from './test-api';
export * from './graphql-client';
export * from './deadline-fixtures';
export * from './live-client';
export * from './roster-sample';
export * from './zip-entries';
