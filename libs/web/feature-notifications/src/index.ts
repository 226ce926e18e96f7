export { notificationsFeature } from './notifications-feature';
