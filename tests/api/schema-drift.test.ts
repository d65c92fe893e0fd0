import { readFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../apps/api/src/server/schema.js';
import { createDataSource } from '../../apps/api/src/server/data-source.js';
import { cloneTemplate } from '../support/test-app.js';

describe('generated artefacts match the code', () => {
  it('the committed schema.graphql is the schema the code builds', async () => {
    const committed = await readFile(new URL('../../apps/api/schema.graphql', import.meta.url), 'utf8');
    const built = `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
    expect(built, 'run `npm run build` and commit apps/api/schema.graphql').toBe(committed);
  });

  describe('migrations', () => {
    let database: Awaited<ReturnType<typeof cloneTemplate>>;
    beforeAll(async () => {
      database = await cloneTemplate();
    });
    afterAll(() => database?.drop());

    it('leave nothing for a new migration to generate', async () => {
      const db = createDataSource({ url: database.url, poolMax: 1, connectTimeoutMs: 5000, statementTimeoutMs: 30000 });
      await db.initialize();
      try {
        const { upQueries } = await db.driver.createSchemaBuilder().log();
        expect(upQueries.map((q) => q.query), 'run `npm run migration:generate -- <Name>`').toEqual([]);
      } finally {
        await db.destroy();
      }
    });
  });
});
