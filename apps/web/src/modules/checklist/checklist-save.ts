import { NOTE_MAX, stepStatusLabel, type StepStatus } from '@udfasning/domain';

// What a checklist row does when the user changes something, as pure functions (tested beside).

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

export type SaveState =
  | { kind: 'idle' }
  /** Ikke relevant was chosen: the reason is asked for before anything is saved. */
  | { kind: 'needsReason'; previous: StepStatus }
  | { kind: 'saving' }
  | { kind: 'saved'; message: string }
  /** Someone saved first: their version is shown, the user's own answer is kept to reapply. */
  | { kind: 'conflict'; mine: Answer; theirs: SavedItem }
  | { kind: 'error'; message: string; mine: Answer };

export function answerOf(item: SavedItem): Answer {
  return { status: item.status, note: item.note ?? '', responsible: item.responsible ?? '' };
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
  if (note.length > NOTE_MAX) return `Begrundelsen må højst være ${NOTE_MAX} tegn.`;
  return null;
}

/** The mutation input for an answer, based on the version the user last saw. */
export function saveInput(id: string, answer: Answer, expectedVersion: number) {
  return {
    id,
    status: answer.status,
    note: answer.note.trim() === '' ? null : answer.note,
    responsible: answer.responsible.trim() === '' ? null : answer.responsible,
    expectedVersion,
  };
}

/** Reapplying after a conflict: the user's answer on top of the version they have now seen. */
export function reapplyInput(id: string, mine: Answer, theirs: SavedItem) {
  return saveInput(id, mine, theirs.version);
}

/** Which fields differ between the user's answer and what the other person saved, in Danish. */
export function conflictDifferences(mine: Answer, theirs: SavedItem): { field: string; mine: string; theirs: string }[] {
  const theirsAnswer = answerOf(theirs);
  const rows: { field: string; mine: string; theirs: string }[] = [];
  if (mine.status !== theirsAnswer.status) {
    rows.push({ field: 'Status', mine: stepStatusLabel[mine.status], theirs: stepStatusLabel[theirsAnswer.status] });
  }
  if (mine.note.trim() !== theirsAnswer.note.trim()) rows.push({ field: 'Note', mine: mine.note || '(tom)', theirs: theirsAnswer.note || '(tom)' });
  if (mine.responsible.trim() !== theirsAnswer.responsible.trim()) {
    rows.push({ field: 'Ansvarlig', mine: mine.responsible || '(tom)', theirs: theirsAnswer.responsible || '(tom)' });
  }
  return rows;
}

export function savedMessage(title: string, answer: Answer): string {
  return `Gemt: "${title}" står nu som ${stepStatusLabel[answer.status]}.`;
}
