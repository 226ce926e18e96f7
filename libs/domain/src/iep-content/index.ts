export * from './part-kinds';
export * from './content';
