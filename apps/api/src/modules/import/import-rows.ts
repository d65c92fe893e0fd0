import type { EntityManager } from 'typeorm';
import { BadInputError } from '../../graphql/errors.js';
import type { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { ImportOutcome, type ImportPreview } from './dto/import.types.js';
import { normaliseHeader } from './spreadsheet.js';

// What every import shares: a planned row, the preview made from the plan, the refusal of a plan with errors,
// and finding a kommune by code or name as spreadsheets write it.

export interface PlannedRow<T> {
  line: number;
  outcome: ImportOutcome;
  summary: string;
  message: string | null;
  /** What to store for NEW and CHANGED rows. */
  value?: T;
}

export function previewOf(rows: PlannedRow<unknown>[], retiredSteps: DrejebogStep[] = []): ImportPreview {
  const count = (outcome: ImportOutcome) => rows.filter((r) => r.outcome === outcome).length;
  return {
    rows: rows.map(({ line, outcome, summary, message }) => ({ line, outcome, summary, message })),
    newCount: count(ImportOutcome.NEW),
    changedCount: count(ImportOutcome.CHANGED),
    unchangedCount: count(ImportOutcome.UNCHANGED),
    errorCount: count(ImportOutcome.ERROR),
    retiredSteps,
  };
}

/** All or nothing: any bad row refuses the whole file, naming every bad row (also in extensions.rows). */
export function refuseErrors(rows: PlannedRow<unknown>[]): void {
  const problems = rows.filter((r) => r.outcome === ImportOutcome.ERROR).map((r) => ({ line: r.line, message: r.message! }));
  if (problems.length === 0) return;
  const listed = problems.slice(0, 20).map((p) => `linje ${p.line}: ${p.message}`).join('\n');
  const more = problems.length > 20 ? `\n… og ${problems.length - 20} linjer til.` : '';
  throw new BadInputError(
    `Intet er gemt: ${problems.length} ${problems.length === 1 ? 'række er' : 'rækker er'} ugyldige.\n${listed}${more}`,
    { rows: problems },
  );
}

export interface KommuneLookup {
  find(text: string): { code: number; officialName: string } | string;
}

/** Finds a kommune by kommunekode ("101", "0101") or by name ("København", "Københavns Kommune"). */
export async function kommuneLookup(tx: EntityManager): Promise<KommuneLookup> {
  const rows: { code: number; name: string; officialName: string }[] = await tx.query(
    'SELECT code, name, official_name AS "officialName" FROM kommune',
  );
  const byCode = new Map(rows.map((k) => [k.code, k]));
  const byName = new Map<string, (typeof rows)[number]>();
  for (const k of rows) {
    byName.set(normaliseHeader(k.name), k);
    byName.set(normaliseHeader(k.officialName), k);
    byName.set(normaliseHeader(`${k.name} Kommune`), k);
  }
  return {
    find(text) {
      const value = text.trim();
      if (value === '') return 'kommune mangler';
      if (/^\d{1,4}$/.test(value)) return byCode.get(Number(value)) ?? `kommunekode ${Number(value)} findes ikke`;
      return byName.get(normaliseHeader(value)) ?? `kommunen "${value}" findes ikke`;
    },
  };
}

/** The message of a module error thrown by a field check, as a row reason (lower-case start, no full stop). */
export function reason(error: unknown): string {
  if (error instanceof BadInputError) return error.message.replace(/\.$/, '');
  throw error;
}
