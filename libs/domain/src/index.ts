// Pure TypeScript shared by the server and the client: no Nest, no database, no I/O.
export * from './roles';
export * from './localized';
export * from './lifecycle';
export * from './deadlines';
export * from './district-records';
export * from './password-policy';
export * from './iep-content';
export * from './meetings';
export * from './query-limits';
export * from './access';
export * from './roster';
export * from './progress';
export * from './service-delivery';
export * from './evaluation';
export * from './rights';
