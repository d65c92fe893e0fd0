import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand, like DataVersionTriggers1796039913606: the wave plan and the gates feed every cached read
// (effective frister, gate states, traffic lights), so their writes move the data version too. A kommune's
// placement lives on the kommune table, which already has its trigger.
const TABLES = ['wave', 'wave_window', 'drejebog_gate'];

export class WavesDataVersionTriggers1796564010361 implements MigrationInterface {
  name = 'WavesDataVersionTriggers1796564010361';

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
