import { startTransition, useEffect, useState } from 'react';

/**
 * A long list in steps of `step` items: the first step at once (what the reader sees), then one more step per
 * task, each in a transition after the previous one is on screen. No single main-thread task renders, commits
 * and lays out the whole list, so the page answers input while the rows below the fold arrive.
 */
export function useProgressiveList<T>(items: readonly T[], step = 25): readonly T[] {
  const [count, setCount] = useState(step);
  const done = count >= items.length;
  useEffect(() => {
    if (done) return;
    const next = setTimeout(() => startTransition(() => setCount((shown) => shown + step)));
    return () => clearTimeout(next);
  }, [done, count, step]);
  return done ? items : items.slice(0, count);
}
