import { startTransition, useEffect, useState } from 'react';

/**
 * The first `first` items at once, the rest in a transition right after the first paint: a long table
 * shows its top rows (what the reader sees) without one long main-thread task for the rows below the fold.
 * React renders the transition in slices and yields to input in between.
 */
export function useProgressiveList<T>(items: readonly T[], first = 25): readonly T[] {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (!all) startTransition(() => setAll(true));
  }, [all]);
  return all || items.length <= first ? items : items.slice(0, first);
}
