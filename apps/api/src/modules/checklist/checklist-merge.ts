import type { StepStatus } from '@udfasning/domain';

// How a save made against an older version lands on the stored item: field by field.

export type ChecklistField = 'status' | 'note' | 'responsible';
export const CHECKLIST_FIELDS: readonly ChecklistField[] = ['status', 'note', 'responsible'];

export interface ChecklistValues {
  status: StepStatus;
  note: string | null;
  responsible: string | null;
}

/** Two values of a field mean the same answer (an empty text and no text are the same). */
export function sameValue(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (v: string | null | undefined) => (v ?? '').trim();
  return norm(a) === norm(b);
}

/**
 * The values to store and the fields that changed on both sides.
 * `changes` holds only the fields the user changed; `base` what the user started from (null: unknown).
 * When the stored version is the one the user saw, every change applies. Otherwise a change applies when
 * the stored value still equals its base (nobody else changed that field) or already equals the change;
 * any other field is a conflict, and then nothing applies.
 */
export function mergeChanges(
  current: ChecklistValues,
  changes: Partial<ChecklistValues>,
  base: Partial<ChecklistValues> | null,
  sameVersion: boolean,
): { values: ChecklistValues; conflicts: ChecklistField[] } {
  const values = { ...current };
  const conflicts: ChecklistField[] = [];
  for (const field of CHECKLIST_FIELDS) {
    if (!(field in changes) || changes[field] === undefined) continue;
    const mine = changes[field] as never;
    const untouchedByOthers = base !== null && field in base && sameValue(base[field], current[field]);
    if (sameVersion || untouchedByOthers || sameValue(mine, current[field])) values[field] = mine;
    else conflicts.push(field);
  }
  // Without base every save against an older version is a conflict, as it always was.
  if (!sameVersion && base === null) {
    return { values: current, conflicts: CHECKLIST_FIELDS.filter((f) => f in changes && changes[f] !== undefined) };
  }
  return conflicts.length > 0 ? { values: current, conflicts } : { values, conflicts };
}
