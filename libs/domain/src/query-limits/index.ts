export * from './query-limits';
