import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand, like DataVersionTriggers1796039913606: the whole-answer cache (graphql/response-cache.ts)
// now also answers the U:KFS table (legacySystems, legacySystem), so writes to its tables bump the data
// version at commit too.
const TABLES = ['legacy_system', 'last_mover', 'alternative'];

export class DataVersionTriggersSystems1796566770342 implements MigrationInterface {
  name = 'DataVersionTriggersSystems1796566770342';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "${table}_bumps_data_version" ON "${table}"`);
  }
}
