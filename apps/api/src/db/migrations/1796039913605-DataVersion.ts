import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataVersion1796039913605 implements MigrationInterface {
  name = 'DataVersion1796039913605';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "data_version" ("slot" smallint NOT NULL, "version" bigint NOT NULL DEFAULT '0', CONSTRAINT "data_version_slot_range" CHECK ("slot" >= 0 AND "slot" < 16), CONSTRAINT "PK_a88eb1bb32a43a7e1e4379159e6" PRIMARY KEY ("slot"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_version"`);
  }
}
