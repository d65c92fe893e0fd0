import type { DraftStep } from './DrejebogEditor';

// The draft is kept in the browser while it is edited, so a reload or a closed tab loses nothing.
const draftKey = (currentId: string) => `udfasning.drejebog-draft.${currentId}`;

export function storedDraft(currentId: string): { version: string; steps: DraftStep[] } | null {
  try {
    const raw = window.localStorage.getItem(draftKey(currentId));
    return raw ? (JSON.parse(raw) as { version: string; steps: DraftStep[] }) : null;
  } catch {
    return null;
  }
}

export function forgetDraft(currentId: string) {
  window.localStorage.removeItem(draftKey(currentId));
}

export function keepDraft(currentId: string, draft: { version: string; steps: DraftStep[] }) {
  window.localStorage.setItem(draftKey(currentId), JSON.stringify(draft));
}
