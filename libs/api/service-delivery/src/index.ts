export * from './service-delivery.module';
