import { useSyncExternalStore } from 'react';

// A tiny store for "the server no longer knows this session". Set by the error link when an
// operation answers UNAUTHENTICATED while the user is inside the app; the layout then offers a
// login in place so the page (and whatever was typed) stays as it is.
let expired = false;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export const sessionState = {
  markExpired() {
    if (expired) return;
    expired = true;
    emit();
  },
  markRenewed() {
    if (!expired) return;
    expired = false;
    emit();
  },
  isExpired: () => expired,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSessionExpired(): boolean {
  return useSyncExternalStore(sessionState.subscribe, sessionState.isExpired, sessionState.isExpired);
}
