import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';

/** Calls `show` at once when the page is printed: paper has everything on it, drawn yet on screen or not. */
function onPrint(show: () => void): () => void {
  const print = () => flushSync(show);
  window.addEventListener('beforeprint', print);
  return () => window.removeEventListener('beforeprint', print);
}

/**
 * A long list in steps of `step` items: the first step at once (what the reader sees), then one more step per
 * task, each in a transition after the previous one is on screen. No single main-thread task renders, commits
 * and lays out the whole list, so the page answers input while the rows below the fold arrive.
 */
export function useProgressiveList<T>(items: readonly T[], step = 25): readonly T[] {
  const [count, setCount] = useState(step);
  const total = items.length;
  // Once every item has been shown the list stays whole: an item added later (a new user, a live event)
  // appears at once, and what sits below the list is never taken away again for a step.
  if (count !== Infinity && total > 0 && count >= total) setCount(Infinity);
  const done = count >= total;
  useEffect(() => {
    if (done) return;
    const next = setTimeout(() => startTransition(() => setCount((shown) => shown + step)));
    return () => clearTimeout(next);
  }, [done, count, total, step]);
  useEffect(() => (done ? undefined : onPrint(() => setCount(Infinity))), [done]);
  return count >= total ? items : items.slice(0, count);
}

/**
 * What the reader does not see on arrival (the inside of a closed `<details>`, a table at the foot of the
 * page): rendered in a transition after the first paint, which React splits into short tasks, instead of in
 * the task that draws what the reader came for. Nothing above it moves when it arrives.
 */
export function Deferred({ children }: { children: ReactNode }): ReactNode {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(() => startTransition(() => setShown(true)));
    return () => clearTimeout(timer);
  }, [shown]);
  useEffect(() => (shown ? undefined : onPrint(() => setShown(true))), [shown]);
  return shown ? children : null;
}

/**
 * Scrolls to the URL's #fragment once `ready`: a link such as /brugere#kontaktroller names a section that is
 * drawn only after the page's data and the rows above it, long after the browser looked for the fragment.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (ready && hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);
}
