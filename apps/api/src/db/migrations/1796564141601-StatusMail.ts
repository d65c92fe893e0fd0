import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StatusMail1796564141601 implements MigrationInterface {
  name = 'StatusMail1796564141601';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."outbox_state" AS ENUM('QUEUED', 'SENT', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotency_key" character varying(400) NOT NULL, "week" character varying(8) NOT NULL, "kommune_code" smallint, "recipient" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "message_id" character varying(200) NOT NULL, "state" "public"."outbox_state" NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "retried_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_561d969df672397b5f9a456bed8" UNIQUE ("idempotency_key"), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a1cbd87f6926cf8dc181cc12df" ON "outbox_message" ("week", "created_at") `);
    await queryRunner.query(`ALTER TABLE "contact_person" ADD "receives_status" boolean NOT NULL DEFAULT true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact_person" DROP COLUMN "receives_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1cbd87f6926cf8dc181cc12df"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TYPE "public"."outbox_state"`);
  }
}
