/** A PostgreSQL unique_violation, whether it arrives raw from pg or wrapped in TypeORM's QueryFailedError. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | undefined;
  return e?.code === '23505' || e?.driverError?.code === '23505';
}
