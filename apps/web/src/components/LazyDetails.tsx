import { useState, type ReactNode } from 'react';

/**
 * A dkfds details/summary whose content is rendered only once opened: a list of 100 rows, each with a
 * closed edit form, would otherwise build thousands of hidden form controls on the first paint.
 */
export function LazyDetails({ summary, children }: { summary: ReactNode; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="details" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="details-summary">{summary}</summary>
      {opened && children()}
    </details>
  );
}
