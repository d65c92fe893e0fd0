import type { DataSource } from 'typeorm';

/** The data version now (see db/data-version.entity.ts): read after a change's NOTIFY, it includes that change. */
export async function currentDataVersion(db: DataSource): Promise<string> {
  const [row] = (await db.query('SELECT sum(version)::text AS version FROM data_version')) as { version: string }[];
  return row.version;
}

/** Every kommunekode (for "much changed": each kommune's row may have moved). */
export async function allKommuneCodes(db: DataSource): Promise<number[]> {
  const rows = (await db.query('SELECT code FROM kommune ORDER BY code')) as { code: number }[];
  return rows.map((row) => row.code);
}
