export * from './demo-district';
export * from './seed-demo';
