// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { StepStatus, StepType } from '@udfasning/domain';
import type { ChecklistRow_ItemFragment } from '../../__generated__/graphql';
import { ChecklistItemRow, ChecklistLatestQuery, UpdateChecklistItem } from './ChecklistItemRow';

afterEach(cleanup);

const step = {
  __typename: 'DrejebogStep' as const,
  id: 's1',
  code: 'KLIK 03',
  number: 3,
  phase: 'Forberedelse',
  title: 'Beslut om KP-tabellerne',
  description: null,
  type: StepType.MANDATORY_CRITICAL_PATH,
  deadline: '2030-01-01',
};

const item = (patch: Partial<ChecklistRow_ItemFragment> = {}) => ({
  __typename: 'ChecklistItem',
  id: 'i1',
  status: StepStatus.NOT_STARTED,
  note: null,
  responsible: null,
  version: 1,
  updatedAt: null,
  updatedByName: null,
  deadline: '2030-01-01',
  step,
  ...patch,
});

const input = (status: StepStatus, expectedVersion: number, note: string | null = null) => ({
  input: { id: 'i1', status, note, responsible: null, expectedVersion },
});

describe('a checklist row', () => {
  it('saves a status at once and says so', async () => {
    const mocks = [
      {
        request: { query: UpdateChecklistItem, variables: input(StepStatus.STARTED, 1) },
        result: { data: { updateChecklistItem: item({ status: StepStatus.STARTED, version: 2 }) } },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <ul>
          <ChecklistItemRow item={item()} kommuneCode={101} editable />
        </ul>
      </MockedProvider>,
    );
    const select = screen.getByLabelText('Status for "Beslut om KP-tabellerne"');
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual(['Ikke påbegyndt', 'Påbegyndt', 'Fuldført', 'Ikke relevant']);
    fireEvent.change(select, { target: { value: StepStatus.STARTED } });
    expect(await screen.findByText('Gemt: "Beslut om KP-tabellerne" står nu som Påbegyndt.')).toBeTruthy();
  });

  it('asks why before saving Ikke relevant, and refuses an empty reason', async () => {
    const mocks = [
      {
        request: { query: UpdateChecklistItem, variables: input(StepStatus.NOT_APPLICABLE, 1, 'Vi har ingen KP-data') },
        result: { data: { updateChecklistItem: item({ status: StepStatus.NOT_APPLICABLE, note: 'Vi har ingen KP-data', version: 2 }) } },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <ul>
          <ChecklistItemRow item={item()} kommuneCode={101} editable />
        </ul>
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('Status for "Beslut om KP-tabellerne"'), { target: { value: StepStatus.NOT_APPLICABLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem som ikke relevant' }));
    expect(screen.getByText('Skriv hvorfor trinnet ikke er relevant for kommunen.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Begrundelse for "Beslut om KP-tabellerne"'), { target: { value: 'Vi har ingen KP-data' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem som ikke relevant' }));
    expect(await screen.findByText('Gemt: "Beslut om KP-tabellerne" står nu som Ikke relevant.')).toBeTruthy();
  });

  it('on a conflict shows what the other person saved and reapplies the user answer on their version', async () => {
    const theirs = item({ status: StepStatus.DONE, note: 'Klaret af IT', version: 4, updatedByName: 'Mette Hansen', updatedAt: '2026-11-30T10:00:00.000Z' });
    const mocks = [
      {
        request: { query: UpdateChecklistItem, variables: input(StepStatus.STARTED, 1) },
        result: { errors: [new GraphQLError('Punktet er blevet ændret af en anden.', { extensions: { code: 'CONFLICT' } })] },
      },
      {
        request: { query: ChecklistLatestQuery, variables: { code: 101 } },
        result: { data: { kommune: { __typename: 'Kommune', code: 101, trafficLight: 'GREEN', checklist: [theirs] } } },
      },
      {
        request: { query: UpdateChecklistItem, variables: input(StepStatus.STARTED, 4) },
        result: { data: { updateChecklistItem: item({ status: StepStatus.STARTED, version: 5 }) } },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <ul>
          <ChecklistItemRow item={item()} kommuneCode={101} editable />
        </ul>
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('Status for "Beslut om KP-tabellerne"'), { target: { value: StepStatus.STARTED } });

    const alert = await screen.findByText(/Mette Hansen gemte dette trin/);
    expect(alert).toBeTruthy();
    const statusRow = screen.getByRole('rowheader', { name: 'Status' }).closest('tr')!;
    expect(statusRow.textContent).toBe('StatusFuldførtPåbegyndt');
    expect(screen.queryByText(/Gemt:/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Gem mit svar alligevel' }));
    expect(await screen.findByText('Gemt: "Beslut om KP-tabellerne" står nu som Påbegyndt.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/Mette Hansen gemte/)).toBeNull());
  });

  it('keeps the answer in the form when the save fails', async () => {
    const mocks = [{ request: { query: UpdateChecklistItem, variables: input(StepStatus.DONE, 1) }, error: new Error('network down') }];
    render(
      <MockedProvider mocks={mocks}>
        <ul>
          <ChecklistItemRow item={item()} kommuneCode={101} editable />
        </ul>
      </MockedProvider>,
    );
    const select = screen.getByLabelText('Status for "Beslut om KP-tabellerne"') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: StepStatus.DONE } });
    expect(await screen.findByText(/Ikke gemt: Serveren svarer ikke/)).toBeTruthy();
    expect(select.value).toBe(StepStatus.DONE);
    expect(screen.getByRole('button', { name: 'Prøv at gemme igen' })).toBeTruthy();
  });

  it('is read-only for someone who may not edit', () => {
    render(
      <MockedProvider mocks={[]}>
        <ul>
          <ChecklistItemRow item={item({ status: StepStatus.DONE })} kommuneCode={101} editable={false} />
        </ul>
      </MockedProvider>,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('Fuldført')).toBeTruthy();
  });
});
