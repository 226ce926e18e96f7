// Jest loads global setup without moduleNameMapper, so this file and what it imports use no path aliases.
import { createTemplate } from './test-database';

/** Runs once per Jest run, before any worker starts: the workers inherit IEP_TEST_RUN. */
export default async function globalSetup(): Promise<void> {
  const run = String(process.pid);
  process.env.IEP_TEST_RUN = run;
  await createTemplate(run);
}
