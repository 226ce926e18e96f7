export * from './compliance.module';
export { safeCell } from './csv-cells';
