export * from './demo-district';
export * from './seed-demo';
export * from './seed-deadlines';
