export * from './collab.module';
export * from './live-transport';
