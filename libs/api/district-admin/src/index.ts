export * from './district-admin.module';
