// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { GraphQLError } from 'graphql';
import { SystemKind } from '@udfasning/domain';
import { RetireLegacySystem, RetireSystem } from './SystemForm';

afterEach(cleanup);

const system = { id: 'sys-1', name: 'KMD Opus Debitor' };
const retired = {
  __typename: 'LegacySystem' as const,
  id: 'sys-1',
  name: 'KMD Opus Debitor',
  kind: SystemKind.PREREQUISITE,
  owner: 'UDK',
  status: 'Lukket',
  retiredAt: '2026-11-30T10:00:00.000Z',
};

function Systemer() {
  const state = useLocation().state as { retired?: string } | null;
  return <p>Systemer: {state?.retired ?? ''} er taget ud</p>;
}

function renderAt(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks']) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/systemer/sys-1']}>
        <Routes>
          <Route path="/systemer" element={<Systemer />} />
          <Route path="/systemer/:id" element={<RetireSystem system={system} />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('taking a system out of the table', () => {
  it('asks first, and Fortryd sends nothing', () => {
    renderAt([]);
    fireEvent.click(screen.getByRole('button', { name: 'Tag KMD Opus Debitor ud af tabellen' }));
    expect(screen.getByRole('alertdialog', { name: 'Vil du tage KMD Opus Debitor ud af U:KFS-tabellen?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Tag KMD Opus Debitor ud af tabellen' })).toBeTruthy();
  });

  it('after confirming goes back to the table and names the system', async () => {
    renderAt([{ request: { query: RetireLegacySystem, variables: { id: 'sys-1' } }, result: { data: { retireLegacySystem: retired } } }]);
    fireEvent.click(screen.getByRole('button', { name: 'Tag KMD Opus Debitor ud af tabellen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, tag KMD Opus Debitor ud' }));
    expect(await screen.findByText('Systemer: KMD Opus Debitor er taget ud')).toBeTruthy();
  });

  it('stays on the page and says why when the server refuses', async () => {
    renderAt([
      {
        request: { query: RetireLegacySystem, variables: { id: 'sys-1' } },
        result: { errors: [new GraphQLError('Systemet er allerede udgået.', { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Tag KMD Opus Debitor ud af tabellen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, tag KMD Opus Debitor ud' }));
    expect(await screen.findByText('Ikke taget ud: Systemet er allerede udgået.')).toBeTruthy();
    expect(screen.queryByText(/Systemer:/)).toBeNull();
  });
});
