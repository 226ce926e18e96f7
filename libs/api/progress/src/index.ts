export * from './progress.module';
