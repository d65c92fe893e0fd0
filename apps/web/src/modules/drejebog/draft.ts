import type { DraftGate, DraftStep } from './DrejebogEditor';

export interface Draft {
  version: string;
  steps: DraftStep[];
  gates?: DraftGate[];
}

// The draft is kept in the browser while it is edited, so a reload or a closed tab loses nothing.
const draftKey = (currentId: string) => `udfasning.drejebog-draft.${currentId}`;

export function storedDraft(currentId: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(currentId));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export function forgetDraft(currentId: string) {
  window.localStorage.removeItem(draftKey(currentId));
}

export function keepDraft(currentId: string, draft: Draft) {
  window.localStorage.setItem(draftKey(currentId), JSON.stringify(draft));
}
