export * from './deadline-settings.module';
export { effectiveEmailChoice, type EmailPreferenceRow } from './email-preferences';
