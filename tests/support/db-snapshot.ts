import type { DataSource } from 'typeorm';

// A fingerprint of everything users can change, to assert that a refused request changed nothing.
// Login attempts and session rows are bookkeeping of the request itself and are left out.
const IGNORED = new Set(['login_attempt', 'user_session', 'migrations', 'typeorm_metadata']);

export async function snapshot(db: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    if (IGNORED.has(name)) continue;
    const [{ digest }] = await db.query(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${name}" t`,
    );
    result[name] = digest;
  }
  return result;
}
