import { useEffect, useId } from 'react';

// Unsaved edits are never dropped silently. Any form registers while it holds something unsaved;
// leaving the page then asks first: a reload or closing the tab through the browser's own question,
// an in-app link or Back/Forward through a confirm. Installed once, before the router starts listening.

const dirty = new Set<string>();
export const LEAVE_QUESTION = 'Du har ændringer, der ikke er gemt. Vil du forlade siden og kassere dem?';

export function hasUnsavedChanges(): boolean {
  return dirty.size > 0;
}

/** Marks the calling form as holding unsaved edits while `isDirty` is true. */
export function useUnsavedChanges(isDirty: boolean): void {
  const key = useId();
  useEffect(() => {
    if (!isDirty) return;
    dirty.add(key);
    return () => {
      dirty.delete(key);
    };
  }, [isDirty, key]);
}

/** Asks whether to leave; true when nothing is unsaved or the user agrees (and then forgets the edits). */
export function confirmLeaving(): boolean {
  if (dirty.size === 0) return true;
  if (!window.confirm(LEAVE_QUESTION)) return false;
  dirty.clear();
  return true;
}

let installed = false;

/** Call before the router mounts: its popstate listener must come after ours. */
export function installLeaveGuard(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;

  window.addEventListener('beforeunload', (event) => {
    if (dirty.size === 0) return;
    event.preventDefault();
    event.returnValue = '';
  });

  // In-app links: stop the click before React Router's handler sees it.
  document.addEventListener(
    'click',
    (event) => {
      if (dirty.size === 0 || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target === '_blank' || link.origin !== window.location.origin) return;
      if (link.pathname === window.location.pathname && link.search === window.location.search) return;
      if (!confirmLeaving()) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true,
  );

  // Back/Forward: the URL has already changed; on "stay", undo the move before the router reacts.
  let undoing = false;
  let index = 0;
  const state = () => (window.history.state ?? {}) as { idx?: number };
  window.addEventListener('popstate', (event) => {
    if (undoing) {
      undoing = false;
      event.stopImmediatePropagation();
      return;
    }
    const to = state().idx ?? 0;
    if (dirty.size > 0 && !confirmLeaving()) {
      event.stopImmediatePropagation();
      undoing = true;
      window.history.go(index - to);
      return;
    }
    index = to;
  });
  const track = () => {
    index = state().idx ?? index;
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history);
    window.history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      track();
    };
  }
}
