export * from './evaluations.module';
