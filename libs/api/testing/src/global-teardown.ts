import { dropRunDatabases } from './test-database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.IEP_TEST_RUN) await dropRunDatabases(process.env.IEP_TEST_RUN);
}
