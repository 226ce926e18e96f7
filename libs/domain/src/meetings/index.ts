export * from './meeting-rules';
export * from './ics';
export * from './team-composition';
