export * from './compliance.module';
export { safeCell } from './csv-cells';
export { HttpDomainErrorFilter } from './http-error.filter';
