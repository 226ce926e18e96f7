export * from './teams.module';
