export * from './part-kinds';
export * from './content';
export * from './part-diff';
export * from './quality';
export * from './comments';
