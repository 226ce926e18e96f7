import pg from 'pg';

/**
 * One statement against the journeys' database (E2E_DATABASE_URL, set by the global setup): what a
 * journey reads back to check that what the browser did was stored, or sets up that no page offers.
 */
export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run through apps/web-e2e/jest.config.cjs');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
