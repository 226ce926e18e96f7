export * from './teams.module';
export { GUEST_INVITED_NOTIFICATION } from './team.service';
