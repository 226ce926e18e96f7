export * from './evaluation-rules';
