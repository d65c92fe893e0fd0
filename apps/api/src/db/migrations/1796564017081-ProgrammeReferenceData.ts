import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: data that databases made before these columns existed need, and a trigger.
// - The contact roles KOMBIT starts with (its rollegalleri, seeds 000-003); KOMBIT keeps the list from then on.
// - The bundled drejebog template was published as "1.2", which reads as KOMBIT's own "Drejebog for KMD Sag v1-2":
//   the seeded version (the only one published without a user) is relabelled "Eksempel" and marked as the example.
// - Systems whose last-mover cell was empty in the reference table (and that have had no last mover since) do not
//   know their last movers: none listed means unknown there, not none.
// - "Lukkes 2020" was loaded as KMD eindkomst/FIF's alternative; it is its planned shutdown.
const ROLES = [
  'KMD Sag udfasnings-kontaktperson',
  'Plus one (udfasning)',
  'Projektleder',
  'KLIK-administrator',
  'Organisationsadministrator',
];
const UNKNOWN_LAST_MOVERS = [
  'KMD Arkivering',
  'KMD Aktiv',
  'Dagpengesystemet 2 (Sygedagpenge-del)',
  'KMD Social Pension 2 (Tillægspension)',
  'KMD Valgudskrivning',
];

export class ProgrammeReferenceData1796564017081 implements MigrationInterface {
  name = 'ProgrammeReferenceData1796564017081';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "contact_role" ("name", "sort_order") SELECT name, ord FROM unnest($1::varchar[]) WITH ORDINALITY AS r(name, ord)`,
      [ROLES],
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "contact_role_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE ON "contact_role"
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"()`,
    );
    await queryRunner.query(
      `UPDATE "drejebog" SET "version" = 'Eksempel', "is_example" = true
        WHERE "version" = '1.2' AND "published_by_id" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "drejebog" WHERE "version" = 'Eksempel')`,
    );
    await queryRunner.query(
      `UPDATE "legacy_system" s SET "last_movers_known" = false
        WHERE s."name" = ANY($1::varchar[])
          AND NOT EXISTS (SELECT 1 FROM "last_mover" m WHERE m."system_id" = s."id")
          AND NOT EXISTS (SELECT 1 FROM "audit_event" a WHERE a."action" LIKE 'last-mover.%'
                            AND (a."after"->>'system' = s."name" OR a."before"->>'systemId' = s."id"::text))`,
      [UNKNOWN_LAST_MOVERS],
    );
    await queryRunner.query(
      `UPDATE "legacy_system" s SET "planned_shutdown" = '2020-12-31'
        WHERE s."name" = 'KMD eindkomst/FIF' AND s."planned_shutdown" IS NULL
          AND EXISTS (SELECT 1 FROM "alternative" a WHERE a."system_id" = s."id" AND a."name" = 'Lukkes 2020')`,
    );
    await queryRunner.query(
      `DELETE FROM "alternative" a USING "legacy_system" s
        WHERE a."system_id" = s."id" AND s."name" = 'KMD eindkomst/FIF' AND a."name" = 'Lukkes 2020'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "alternative" ("system_id", "name", "sort_order")
       SELECT s."id", 'Lukkes 2020', 1 FROM "legacy_system" s
        WHERE s."name" = 'KMD eindkomst/FIF' AND s."planned_shutdown" = '2020-12-31'`,
    );
    await queryRunner.query(`UPDATE "drejebog" SET "version" = '1.2' WHERE "is_example" AND "version" = 'Eksempel'`);
    await queryRunner.query(`DROP TRIGGER "contact_role_bumps_data_version" ON "contact_role"`);
    await queryRunner.query(`DELETE FROM "contact_role"`);
  }
}
