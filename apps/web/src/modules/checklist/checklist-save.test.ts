import { describe, expect, it } from 'vitest';
import { StepStatus } from '@udfasning/domain';
import {
  afterSave,
  changedFields,
  keptFromOthers,
  onStatusChosen,
  reasonProblem,
  resolveConflict,
  savedMessage,
  saveInput,
  type Answer,
  type Seen,
} from './checklist-save';

const answer: Answer = { status: StepStatus.NOT_STARTED, note: '', responsible: 'Jens' };

describe('choosing a status', () => {
  it('saves at once for every status but Ikke relevant', () => {
    for (const status of [StepStatus.STARTED, StepStatus.DONE, StepStatus.NOT_STARTED]) {
      const plan = onStatusChosen(answer, status);
      expect(plan.save).toBe(true);
      expect(plan.answer.status).toBe(status);
    }
  });

  it('asks for the reason before saving Ikke relevant', () => {
    const plan = onStatusChosen(answer, StepStatus.NOT_APPLICABLE);
    expect(plan.save).toBe(false);
    expect(plan.state).toEqual({ kind: 'needsReason', previous: StepStatus.NOT_STARTED });
    expect(reasonProblem('')).toMatch(/hvorfor/i);
    expect(reasonProblem('   ')).toMatch(/hvorfor/i);
    expect(reasonProblem('x'.repeat(2001))).toMatch(/2000/);
    expect(reasonProblem('Vi har aldrig brugt KP')).toBeNull();
  });
});

describe('saving and conflicts', () => {
  const seen: Seen = { status: StepStatus.NOT_STARTED, note: '', responsible: 'Jens', version: 3 };

  it('sends only the changed fields with what the user started from, clearing empty text', () => {
    const mine = { status: StepStatus.NOT_STARTED, note: ' ', responsible: 'Bo' };
    expect(changedFields(mine, seen)).toEqual(['responsible']);
    expect(saveInput('7', mine, seen, ['responsible'])).toEqual({
      id: '7',
      responsible: 'Bo',
      expectedVersion: 3,
      base: { responsible: 'Jens' },
    });
  });

  it("after a status save shows the colleague's note and keeps an unsaved responsible with its base", () => {
    const answer = { status: StepStatus.DONE, note: '', responsible: 'Bo' };
    const saved = { status: StepStatus.DONE, note: 'Lars: aftalt', responsible: 'Jens', version: 5 };
    const next = afterSave(answer, seen, saved, ['status']);
    expect(next.answer).toEqual({ status: StepStatus.DONE, note: 'Lars: aftalt', responsible: 'Bo' });
    expect(next.seen).toEqual({ status: StepStatus.DONE, note: 'Lars: aftalt', responsible: 'Jens', version: 3 });
    expect(keptFromOthers(seen, saved, ['status'])).toEqual(['note']);
    expect(savedMessage('Møde', answer, ['status'], ['note'])).toBe(
      'Gemt: "Møde" står nu som Fuldført. En anden havde imens ændret noten; det er bevaret.',
    );
  });

  it('resolves a conflict per field: theirs is taken, mine is saved on top', () => {
    const answer = { status: StepStatus.STARTED, note: 'Mette', responsible: 'Mette' };
    const theirs = { status: StepStatus.DONE, note: 'Lars', responsible: 'Lars', version: 4 };
    const result = resolveConflict(answer, seen, theirs, { note: 'theirs', responsible: 'mine' });
    expect(result.answer).toEqual({ status: StepStatus.STARTED, note: 'Lars', responsible: 'Mette' });
    expect(result.toSave).toEqual(['status', 'responsible']);
    expect(saveInput('7', result.answer, result.seen, result.toSave)).toMatchObject({
      status: StepStatus.STARTED,
      responsible: 'Mette',
      base: { status: StepStatus.NOT_STARTED, responsible: 'Lars' },
    });
  });

  it('confirms in Danish what was saved', () => {
    const answer = { status: StepStatus.STARTED, note: 'x', responsible: 'y' };
    expect(savedMessage('Møde', answer, ['note'])).toBe('Noten er gemt.');
    expect(savedMessage('Møde', answer, ['note', 'responsible'])).toBe('Noten og den ansvarlige er gemt.');
  });
});
