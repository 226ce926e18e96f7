import { DataSource } from 'typeorm';
import { databaseOptions } from '@iep/api/core';
import { migrations } from '@iep/migrations';
import { seedDemoDistrict } from '@iep/api/seed';
import { createTestDatabase, testSealer } from '@iep/api/testing';

/**
 * The upgrade path of docs/operating.md: the latest migration reverts cleanly on a database with data
 * in it (what an operator does when an upgrade must be rolled back), and applies again to the same
 * schema.
 */
describe('upgrades: the latest migration reverts and re-applies', () => {
  it('leaves the schema exactly as it was after revert and re-apply, with the demo district in it', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource({ ...databaseOptions(database.url), migrations });
    await dataSource.initialize();
    try {
      await seedDemoDistrict(dataSource, testSealer());
      const schema = () =>
        dataSource.query(
          `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
            WHERE table_schema = 'public' ORDER BY table_name, column_name`,
        );
      const indexes = () => dataSource.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
      const [columnsBefore, indexesBefore] = [await schema(), await indexes()];
      const latest = migrations.at(-1)!.name;

      await dataSource.undoLastMigration({ transaction: 'each' });
      const applied: Array<{ name: string }> = await dataSource.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      expect(applied[0].name).not.toBe(latest);

      const reapplied = await dataSource.runMigrations({ transaction: 'each' });
      expect(reapplied.map((m) => m.name)).toEqual([latest]);
      expect(await schema()).toEqual(columnsBefore);
      expect(await indexes()).toEqual(indexesBefore);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM ieps`);
      expect(count).toBeGreaterThan(0);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
