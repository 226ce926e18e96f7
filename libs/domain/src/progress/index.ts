export * from './measure';
export * from './decision-rules';
export * from './progress-report';
