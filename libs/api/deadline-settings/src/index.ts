export * from './deadline-settings.module';
export { type EmailPreferenceRow } from './email-preferences';
