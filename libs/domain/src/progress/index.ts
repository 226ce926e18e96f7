export * from './measure';
export * from './decision-rules';
