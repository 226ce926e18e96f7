export * from './oneroster';
