export * from './meeting-rules';
