import { NOTE_MAX, stepStatusLabel, type StepStatus } from '@udfasning/domain';

// What a checklist row does when the user changes something, as pure functions (tested beside).
// A save carries only the fields the user changed, with the values they started from (`seen`), so the
// server can put it on top of what someone else saved meanwhile in other fields.

export type Field = 'status' | 'note' | 'responsible';
export const FIELDS: readonly Field[] = ['status', 'note', 'responsible'];
export const fieldLabel: Record<Field, string> = { status: 'Status', note: 'Note', responsible: 'Ansvarlig' };

export interface Answer {
  status: StepStatus;
  note: string;
  responsible: string;
}

export interface SavedItem {
  status: StepStatus;
  note: string | null;
  responsible: string | null;
  version: number;
  updatedAt?: string | null;
  updatedByName?: string | null;
}

/** The values the user's edits started from, and the version they were read at. */
export interface Seen extends Answer {
  version: number;
}

export type Choice = 'mine' | 'theirs';

export type SaveState =
  | { kind: 'idle' }
  /** Ikke relevant was chosen: the reason is asked for before anything is saved. */
  | { kind: 'needsReason'; previous: StepStatus }
  | { kind: 'saving' }
  | { kind: 'saved'; message: string }
  /** Someone changed the same fields first: both values are shown, the user picks per field. */
  | { kind: 'conflict'; fields: Field[]; theirs: SavedItem; sent: Field[] }
  | { kind: 'error'; message: string; sent: Field[] };

export function answerOf(item: SavedItem): Answer {
  return { status: item.status, note: item.note ?? '', responsible: item.responsible ?? '' };
}

export function seenOf(item: SavedItem): Seen {
  return { ...answerOf(item), version: item.version };
}

export function same(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

/** Fields where the answer differs from what the user started from. */
export function changedFields(answer: Answer, seen: Seen): Field[] {
  return FIELDS.filter((f) => !same(answer[f], seen[f]));
}

/** A status change saves at once, except Ikke relevant, which first asks why. */
export function onStatusChosen(current: Answer, next: StepStatus): { answer: Answer; state: SaveState; save: boolean } {
  const answer = { ...current, status: next };
  if (next === 'NOT_APPLICABLE') return { answer, state: { kind: 'needsReason', previous: current.status }, save: false };
  return { answer, state: { kind: 'saving' }, save: true };
}

/** The reason for Ikke relevant: required and bounded. Returns a Danish message or null when fine. */
export function reasonProblem(note: string): string | null {
  if (note.trim() === '') return 'Skriv hvorfor trinnet ikke er relevant for kommunen.';
  if ([...note].length > NOTE_MAX) return `Begrundelsen må højst være ${NOTE_MAX} tegn.`;
  return null;
}

const text = (value: string) => (value.trim() === '' ? null : value);

/** The mutation input: the given fields of the answer, and what the user started from for each. */
export function saveInput(id: string, answer: Answer, seen: Seen, fields: readonly Field[]) {
  const input: Record<string, unknown> = { id, expectedVersion: seen.version };
  const base: Record<string, unknown> = {};
  for (const f of fields) {
    input[f] = f === 'status' ? answer.status : text(answer[f]);
    base[f] = f === 'status' ? seen.status : text(seen[f]);
  }
  return { ...input, base } as {
    id: string;
    expectedVersion: number;
    status?: StepStatus;
    note?: string | null;
    responsible?: string | null;
    base: { status?: StepStatus; note?: string | null; responsible?: string | null };
  };
}

/**
 * After a save: fields the user still has unsaved keep their text and their starting point; every other
 * field shows what is stored. The version moves on only when nothing unsaved is left (an unsaved field's
 * starting point belongs to the version it was read at).
 */
export function afterSave(answer: Answer, seen: Seen, saved: SavedItem, sent: readonly Field[]): { answer: Answer; seen: Seen } {
  const stored = answerOf(saved);
  const nextAnswer = { ...answer };
  const nextSeen = { ...seen };
  let unsaved = false;
  for (const f of FIELDS) {
    if (!sent.includes(f) && !same(answer[f], seen[f])) {
      unsaved = true;
      continue;
    }
    (nextAnswer as Record<Field, string>)[f] = stored[f];
    (nextSeen as Record<Field, string>)[f] = stored[f];
  }
  if (!unsaved) nextSeen.version = saved.version;
  return { answer: nextAnswer, seen: nextSeen };
}

/** Fields another person changed meanwhile that this save kept as they were (the "on top" message). */
export function keptFromOthers(seen: Seen, saved: SavedItem, sent: readonly Field[]): Field[] {
  const stored = answerOf(saved);
  return FIELDS.filter((f) => !sent.includes(f) && !same(seen[f], stored[f]));
}

/**
 * The user's choice per conflicting field: "theirs" takes the stored value (nothing to save for it);
 * "mine" keeps the user's value on top of the stored one. Returns the new answer and starting point and
 * the fields left to save.
 */
export function resolveConflict(
  answer: Answer,
  seen: Seen,
  theirs: SavedItem,
  choices: Record<string, Choice>,
): { answer: Answer; seen: Seen; toSave: Field[] } {
  const stored = answerOf(theirs);
  const nextAnswer = { ...answer };
  const nextSeen = { ...seen };
  for (const [f, choice] of Object.entries(choices) as [Field, Choice][]) {
    (nextSeen as Record<Field, string>)[f] = stored[f];
    if (choice === 'theirs') (nextAnswer as Record<Field, string>)[f] = stored[f];
  }
  return { answer: nextAnswer, seen: nextSeen, toSave: changedFields(nextAnswer, nextSeen) };
}

export function displayValue(field: Field, value: string): string {
  if (field === 'status') return stepStatusLabel[value as StepStatus];
  return value.trim() === '' ? '(tom)' : value;
}

/** "Noten er gemt.", "Status og noten er gemt." ... in Danish. */
export function savedMessage(title: string, answer: Answer, sent: readonly Field[], kept: readonly Field[] = []): string {
  const names: Record<Field, string> = { status: 'status', note: 'noten', responsible: 'den ansvarlige' };
  let message: string;
  if (sent.length === 1 && sent[0] === 'status') message = `Gemt: "${title}" står nu som ${stepStatusLabel[answer.status]}.`;
  else {
    const list = sent.map((f) => names[f]);
    const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}` : list[0] ?? 'svaret';
    message = `${joined.charAt(0).toUpperCase()}${joined.slice(1)} er gemt.`;
    if (sent.includes('status')) message += ` "${title}" står nu som ${stepStatusLabel[answer.status]}.`;
  }
  if (kept.length > 0) {
    const list = kept.map((f) => names[f]);
    const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}` : list[0];
    message += ` En anden havde imens ændret ${joined}; det er bevaret.`;
  }
  return message;
}
