import type { EntityManager } from 'typeorm';
import { NOTE_MAX, opsigelseKindLabel, OpsigelseKind } from '@udfasning/domain';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../auth/user.entity.js';
import { opsigelseDateProblem, parseKind } from '../opsigelse/opsigelse.import.js';
import { Opsigelse } from '../opsigelse/opsigelse.entity.js';
import { ImportOutcome } from './dto/import.types.js';
import { kommuneLookup, type PlannedRow } from './import-rows.js';
import { normaliseHeader, parseDanishDate, type ColumnSpec, type SheetRow } from './spreadsheet.js';

// Opsigelser from KOMBIT's overview: kommune, kind, date, note. A kommune's standing opsigelse of the kind is
// updated when the date or note differs, kept when they are the same; otherwise the row adds one.

type Key = 'kommune' | 'kind' | 'date' | 'note';
export const OPSIGELSE_COLUMNS: ColumnSpec<Key>[] = [
  { key: 'kommune', headers: ['Kommune', 'Kommunekode', 'Kode', 'Kommunenavn'], required: true },
  { key: 'kind', headers: ['Opsigelse', 'Type', 'Art', 'Kind'], required: true },
  { key: 'date', headers: ['Dato', 'Opsagt', 'Opsigelsesdato', 'Date'], required: true },
  { key: 'note', headers: ['Note', 'Bemærkning', 'Kommentar'] },
];

const KIND_WORDS: Record<string, OpsigelseKind> = {
  aftale: OpsigelseKind.KMD_SAG_AGREEMENT,
  aftaleomkmdsag: OpsigelseKind.KMD_SAG_AGREEMENT,
  kmdsag: OpsigelseKind.KMD_SAG_AGREEMENT,
  aftalerifhtkmdsag: OpsigelseKind.KMD_SAG_AGREEMENT,
  manuellesager: OpsigelseKind.MANUAL_CASES,
  manuelle: OpsigelseKind.MANUAL_CASES,
};

function kindOf(text: string): OpsigelseKind | undefined {
  return parseKind(text) ?? KIND_WORDS[normaliseHeader(text)];
}

interface OpsigelseChange {
  id: string | null;
  kommuneCode: number;
  kind: OpsigelseKind;
  date: string;
  note: string | null;
  before?: { date: string; note: string | null };
}

export async function planOpsigelser(tx: EntityManager, rows: SheetRow<Key>[], today: string): Promise<PlannedRow<OpsigelseChange>[]> {
  const kommuner = await kommuneLookup(tx);
  const standing: { id: string; code: number; kind: OpsigelseKind; date: string; note: string | null }[] = await tx.query(
    `SELECT id, kommune_code AS code, kind::text AS kind, to_char(date, 'YYYY-MM-DD') AS date, note
       FROM opsigelse WHERE withdrawn_at IS NULL`,
  );
  const byKey = new Map(standing.map((o) => [`${o.code}/${o.kind}`, o]));
  const seen = new Map<string, number>();
  return rows.map(({ line, cells }) => {
    const problems: string[] = [];
    const kommune = kommuner.find(cells.kommune);
    if (typeof kommune === 'string') problems.push(kommune);
    const kind = kindOf(cells.kind);
    if (!kind) problems.push(cells.kind ? `ukendt opsigelse "${cells.kind}" (brug "Aftale om KMD Sag" eller "Manuelle sager")` : 'opsigelse mangler');
    const date = parseDanishDate(cells.date);
    if (!date) problems.push(cells.date ? `ugyldig dato "${cells.date}"` : 'dato mangler');
    else {
      const problem = opsigelseDateProblem(date, today);
      if (problem) problems.push(problem.replace(/\.$/, '').toLowerCase());
    }
    const note = cells.note === '' ? null : cells.note;
    if (note && [...note].length > NOTE_MAX) problems.push(`noten er over ${NOTE_MAX} tegn`);
    if (note?.includes('\u0000')) problems.push('noten indeholder et ugyldigt tegn');
    const name = typeof kommune === 'string' ? cells.kommune : kommune.officialName;
    const summary = `${name}: ${kind ? opsigelseKindLabel[kind] : cells.kind} ${date ?? cells.date}`.trim();
    if (typeof kommune !== 'string' && kind) {
      const key = `${kommune.code}/${kind}`;
      const earlier = seen.get(key);
      if (earlier) problems.push(`samme kommune og opsigelse som linje ${earlier}`);
      else seen.set(key, line);
    }
    if (problems.length > 0 || typeof kommune === 'string' || !kind || !date) {
      return { line, outcome: ImportOutcome.ERROR, summary, message: problems.join('; ') };
    }
    const existing = byKey.get(`${kommune.code}/${kind}`);
    const value = { id: existing?.id ?? null, kommuneCode: kommune.code, kind, date, note };
    if (!existing) return { line, outcome: ImportOutcome.NEW, summary, message: null, value };
    if (existing.date === date && (existing.note ?? null) === note) {
      return { line, outcome: ImportOutcome.UNCHANGED, summary, message: null };
    }
    const changes = [
      existing.date !== date && `dato ${existing.date} → ${date}`,
      (existing.note ?? null) !== note && 'noten ændres',
    ].filter(Boolean);
    return {
      line,
      outcome: ImportOutcome.CHANGED,
      summary,
      message: changes.join('; '),
      value: { ...value, before: { date: existing.date, note: existing.note } },
    };
  });
}

export async function applyOpsigelser(tx: EntityManager, actor: User, requestId: string | null, planned: PlannedRow<OpsigelseChange>[]) {
  for (const { value } of planned) {
    if (!value) continue;
    const after = { kommuneCode: value.kommuneCode, kind: value.kind, date: value.date, note: value.note, withdrawnAt: null };
    if (value.id === null) {
      const { identifiers } = await tx.insert(Opsigelse, { ...after, recordedById: actor.id });
      await recordAudit(tx, actor, requestId, {
        action: 'opsigelse.import',
        entityType: 'Opsigelse',
        entityId: identifiers[0].id as string,
        kommuneCode: value.kommuneCode,
        after,
      });
    } else {
      await tx.update(Opsigelse, { id: value.id }, { date: value.date, note: value.note });
      await recordAudit(tx, actor, requestId, {
        action: 'opsigelse.import',
        entityType: 'Opsigelse',
        entityId: value.id,
        kommuneCode: value.kommuneCode,
        before: { ...after, ...value.before },
        after,
      });
    }
  }
}
