import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataVersion1796039506942 implements MigrationInterface {
  name = 'DataVersion1796039506942';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "data_version" ("id" smallint NOT NULL DEFAULT '1', "version" bigint NOT NULL DEFAULT '0', CONSTRAINT "data_version_single_row" CHECK ("id" = 1), CONSTRAINT "PK_3148924ffcfb626029b309ba4e5" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_version"`);
  }
}
