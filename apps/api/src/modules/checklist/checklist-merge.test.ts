import { describe, expect, it } from 'vitest';
import { StepStatus } from '@udfasning/domain';
import { mergeChanges } from './checklist-merge.js';

const stored = { status: StepStatus.NOT_STARTED, note: 'Lars: aftalt med IT', responsible: null };

describe('a save against an older version', () => {
  it("applies a status change on top of a colleague's note", () => {
    const result = mergeChanges(stored, { status: StepStatus.DONE }, { status: StepStatus.NOT_STARTED }, false);
    expect(result).toEqual({ values: { ...stored, status: StepStatus.DONE }, conflicts: [] });
  });

  it('names the field both changed and applies nothing', () => {
    const result = mergeChanges(
      stored,
      { note: 'Mette: venter på svar', status: StepStatus.STARTED },
      { note: null, status: StepStatus.NOT_STARTED },
      false,
    );
    expect(result).toEqual({ values: stored, conflicts: ['note'] });
  });

  it('is no conflict when both wrote the same thing', () => {
    const result = mergeChanges(stored, { note: 'Lars: aftalt med IT ' }, { note: '' }, false);
    expect(result.conflicts).toEqual([]);
  });

  it('without base conflicts on every sent field, as before', () => {
    expect(mergeChanges(stored, { status: StepStatus.DONE }, null, false).conflicts).toEqual(['status']);
  });

  it('applies everything on the version the user saw', () => {
    const result = mergeChanges(stored, { note: null }, null, true);
    expect(result).toEqual({ values: { ...stored, note: null }, conflicts: [] });
  });
});
