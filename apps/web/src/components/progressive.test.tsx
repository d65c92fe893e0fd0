// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Deferred, useProgressiveList } from './progressive';

afterEach(cleanup);

const rows = Array.from({ length: 98 }, (_, i) => `Kommune ${i + 1}`);

function List({ items = rows }: { items?: string[] }) {
  const shown = useProgressiveList(items);
  return (
    <ul>
      {shown.map((row) => (
        <li key={row}>{row}</li>
      ))}
    </ul>
  );
}

describe('a long list drawn in steps', () => {
  it('shows the first 25 rows at once and every row shortly after', async () => {
    render(<List />);
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(98));
  });

  it('stays whole once shown: a row added later appears at once', async () => {
    const { rerender } = render(<List />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(98));
    rerender(<List items={[...rows, 'Kommune 99']} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(99);
  });

  it('has every row on paper when printed before the steps are done', () => {
    render(<List />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(98);
  });
});

describe('content drawn after the first paint', () => {
  it('is not in the first render and arrives without anything else happening', async () => {
    render(<Deferred>Tabellen</Deferred>);
    expect(screen.queryByText('Tabellen')).toBeNull();
    await screen.findByText('Tabellen');
  });

  it('is there at once when the page is printed', () => {
    render(<Deferred>Tabellen</Deferred>);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('Tabellen')).toBeTruthy();
  });
});
