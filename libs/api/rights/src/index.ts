export * from './rights.module';
