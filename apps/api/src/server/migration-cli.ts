import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../logger.js';
import { createDataSource } from './data-source.js';
import { createScratchDatabase } from '../db/scratch-database.js';

// `generate <Name>`: diff the entities against a database migrated to the latest committed
// migration and write the difference as a new timestamped migration.
// `check`: fail when that difference is not empty (CI: the entities and migrations agree).

const migrationsDir = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../src/db/migrations');

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

async function pendingChanges(url: string) {
  const dataSource = createDataSource({ url, poolMax: 2, connectTimeoutMs: 5000, statementTimeoutMs: 60000 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    return await dataSource.driver.createSchemaBuilder().log();
  } finally {
    await dataSource.destroy();
  }
}

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command !== 'generate' && command !== 'check') {
    throw new Error('usage: migration-cli generate <Name> | check');
  }
  if (command === 'generate' && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
    throw new Error('usage: migration-cli generate <PascalCaseName>');
  }
  const logger = createLogger('warn');
  const scratch = await createScratchDatabase(logger, process.env.TEST_DATABASE_URL || undefined);
  try {
    const { upQueries, downQueries } = await pendingChanges(scratch.url);
    if (command === 'check') {
      if (upQueries.length > 0) {
        console.error('The entities differ from the migrations. Run `npm run migration:generate -- <Name>`:');
        for (const q of upQueries) console.error(`  ${q.query}`);
        process.exitCode = 1;
      } else {
        console.log('Migrations match the entities.');
      }
      return;
    }
    if (upQueries.length === 0) {
      console.log('No changes: the migrations already match the entities.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileBase = `${timestamp}-${name}`;
    const up = upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
    await fs.writeFile(path.join(migrationsDir, `${fileBase}.ts`), source);
    const indexFile = path.join(migrationsDir, 'index.ts');
    const index = await fs.readFile(indexFile, 'utf8');
    const withImport = index.replace(
      /(\/\/[^\n]*\n)/,
      `$1import { ${className} } from './${fileBase}.js';\n`,
    );
    const updated = withImport.replace(/\[([^\]]*)\];/, (_m, list: string) => {
      const items = list.split(',').map((s) => s.trim()).filter(Boolean);
      return `[${[...items, className].join(', ')}];`;
    });
    await fs.writeFile(indexFile, updated);
    console.log(`Wrote src/db/migrations/${fileBase}.ts`);
  } finally {
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
