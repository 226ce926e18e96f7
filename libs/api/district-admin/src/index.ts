export * from './district-admin.module';
// The worker runs roster imports with these, without the API's resolvers.
export { RosterImportRepository } from './roster/roster-import.repository';
export { RosterImportRunner } from './roster/roster-import.runner';
