import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: TypeORM's generator knows tables, not triggers. The data_version counters (generated in
// DataVersion1796039913605) go up by one in every transaction that changes a table the cached reads
// show (db/read-cache.ts), in the slot of the connection's backend. The triggers are deferred constraint
// triggers, so the slot is locked at commit, after every other lock the transaction takes (no lock-order
// deadlock), and they fire for every write path alike: mutations, the seed, the CSV import, a drejebog
// publish, maintenance SQL.
const TABLES = ['kommune', 'contact_person', 'checklist_item', 'drejebog', 'drejebog_step', 'opsigelse', 'app_user'];

export class DataVersionTriggers1796039913606 implements MigrationInterface {
  name = 'DataVersionTriggers1796039913606';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One row per slot (DATA_VERSION_SLOTS in data-version.entity.ts).
    await queryRunner.query(`INSERT INTO "data_version" ("slot", "version") SELECT s, 0 FROM generate_series(0, 15) s`);
    await queryRunner.query(`CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction, however many rows it changed (the setting is local to the transaction).
  IF current_setting('udfasning.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "data_version" SET "version" = "version" + 1 WHERE "slot" = pg_backend_pid() % 16;
    PERFORM set_config('udfasning.data_version_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "${table}_bumps_data_version" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "bump_data_version"()`);
    await queryRunner.query(`DELETE FROM "data_version"`);
  }
}
