export * from './meetings.module';
export { MEETING_NOTIFICATION } from './meeting.service';
