import type { EntityManager } from 'typeorm';
import { DESCRIPTION_MAX, NAME_MAX, STEP_CODE_MAX, StepType, stepTypeLabel } from '@udfasning/domain';
import { checkOptionalText, checkText } from '../../graphql/input.js';
import { Drejebog } from '../drejebog/drejebog.entity.js';
import { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import type { DrejebogStepInput } from '../drejebog/dto/publish-drejebog.input.js';
import { ImportOutcome } from './dto/import.types.js';
import { reason, type PlannedRow } from './import-rows.js';
import { normaliseHeader, parseDanishDate, type ColumnSpec, type SheetRow } from './spreadsheet.js';

// A drejebog version from a spreadsheet: code, phase, title, description, type, frist, one row per step in
// order. A row is the current step with the same code (or, without codes, the same title): it keeps every
// kommune's answer; other rows are new steps; current steps the file leaves out are retired. Publishing goes
// through the drejebog's own publish path.

type Key = 'code' | 'phase' | 'title' | 'description' | 'type' | 'deadline';
export const DREJEBOG_COLUMNS: ColumnSpec<Key>[] = [
  { key: 'code', headers: ['Kode', 'ID', 'Nr', 'Nummer', 'Code'] },
  { key: 'phase', headers: ['Fase', 'Trin', 'Phase'], required: true },
  { key: 'title', headers: ['Titel', 'Opgave', 'Navn', 'Title'], required: true },
  { key: 'description', headers: ['Beskrivelse', 'Description'] },
  { key: 'type', headers: ['Type', 'Opgavetype'], required: true },
  { key: 'deadline', headers: ['Frist', 'Slutdato', 'Deadline'] },
];

function typeOf(text: string): StepType | undefined {
  const wanted = normaliseHeader(text);
  return (Object.values(StepType) as StepType[]).find(
    (type) => normaliseHeader(type) === wanted || normaliseHeader(stepTypeLabel[type]) === wanted,
  );
}

export async function planDrejebog(tx: EntityManager, rows: SheetRow<Key>[]): Promise<PlannedRow<DrejebogStepInput>[]> {
  const current = await tx.getRepository(Drejebog).findOneBy({ isCurrent: true });
  const steps = current ? await tx.getRepository(DrejebogStep).find({ where: { drejebogId: current.id }, order: { number: 'ASC' } }) : [];
  const byCode = new Map(steps.filter((s) => s.code).map((s) => [normaliseHeader(s.code!), s]));
  const byTitle = new Map(steps.map((s) => [normaliseHeader(s.title), s]));
  const matched = new Map<string, number>();
  return rows.map(({ line, cells }) => {
    const problems: string[] = [];
    const check = <T>(f: () => T) => {
      try {
        return f();
      } catch (error) {
        problems.push(reason(error).replace(/^./, (c) => c.toLowerCase()));
        return undefined;
      }
    };
    const code = check(() => checkOptionalText(cells.code, 'Koden', STEP_CODE_MAX));
    const phase = check(() => checkText(cells.phase, 'Fasen', { max: NAME_MAX, required: true })!);
    const title = check(() => checkText(cells.title, 'Titlen', { max: NAME_MAX, required: true })!);
    const description = check(() => checkOptionalText(cells.description, 'Beskrivelsen', DESCRIPTION_MAX));
    const type = typeOf(cells.type);
    if (!type) {
      problems.push(
        cells.type
          ? `ukendt type "${cells.type}" (brug ${Object.values(stepTypeLabel).map((l) => `"${l}"`).join(', ')})`
          : 'type mangler',
      );
    }
    const deadline = cells.deadline === '' ? null : parseDanishDate(cells.deadline);
    if (cells.deadline !== '' && !deadline) problems.push(`ugyldig frist "${cells.deadline}"`);
    const summary = `${code ? `${code} ` : ''}${cells.title}`.trim();
    const same = (code ? byCode.get(normaliseHeader(code)) : undefined) ?? byTitle.get(normaliseHeader(cells.title));
    if (same) {
      const earlier = matched.get(same.stepId);
      if (earlier) problems.push(`er samme trin som linje ${earlier}`);
      else matched.set(same.stepId, line);
    }
    if (problems.length > 0 || !type || phase === undefined || title === undefined) {
      return { line, outcome: ImportOutcome.ERROR, summary, message: problems.join('; ') };
    }
    const value: DrejebogStepInput = { id: same?.stepId ?? null, code: code ?? null, phase, title, description: description ?? null, type, deadline };
    if (!same) return { line, outcome: ImportOutcome.NEW, summary, message: null, value };
    const changes = [
      (same.code ?? null) !== (code ?? null) && 'kode',
      same.phase !== phase && 'fase',
      same.title !== title && 'titel',
      (same.description ?? null) !== (description ?? null) && 'beskrivelse',
      same.type !== type && 'type',
      (same.deadline ?? null) !== deadline && 'frist',
    ].filter(Boolean);
    return changes.length === 0
      ? { line, outcome: ImportOutcome.UNCHANGED, summary, message: null, value }
      : { line, outcome: ImportOutcome.CHANGED, summary, message: `ændrer ${changes.join(', ')}; svarene bevares`, value };
  });
}
