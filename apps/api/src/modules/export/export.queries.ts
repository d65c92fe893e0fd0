import type { DataSource } from 'typeorm';

export interface ContactRow {
  kommuneCode: number;
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
}

/** Every contact person of the kommuner asked for (all when null), by kommune and role order. */
export function contactsOf(db: DataSource, codes: number[] | null): Promise<ContactRow[]> {
  return db.query(
    `SELECT c.kommune_code AS "kommuneCode", c.name, c.email, c.phone, c.role
       FROM contact_person c
       LEFT JOIN contact_role r ON r.name = c.role
      WHERE $1::smallint[] IS NULL OR c.kommune_code = ANY($1::smallint[])
      ORDER BY c.kommune_code, r.sort_order NULLS LAST, c.created_at`,
    [codes],
  );
}
