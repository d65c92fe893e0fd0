// @vitest-environment jsdom
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { StepStatus, StepType } from '@udfasning/domain';
import type { ChecklistRow_ItemFragment } from '../../__generated__/graphql';
import { InMemoryCache } from '@apollo/client';
import { ChecklistItemRow } from './ChecklistItemRow';
import { UpdateChecklistItem } from './hooks/useUpdateChecklistItem';

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

const kommune = {
  __typename: 'Kommune',
  code: 461,
  trafficLight: 'GREEN',
  progress: { __typename: 'Progress', done: 0, started: 1, notStarted: 11, notApplicable: 0, total: 12 },
  behind: [],
  gates: [],
};
const saved = (patch: Partial<ChecklistRow_ItemFragment>) => ({ data: { updateChecklistItem: { ...item(patch), kommune } } });
const statusInput = (status: StepStatus, expectedVersion = 1, from = StepStatus.NOT_STARTED) => ({
  input: { id: 'i1', expectedVersion, status, base: { status: from } },
});

function renderRow(mocks: ComponentProps<typeof MockedProvider>['mocks'], row = item()) {
  const cache = new InMemoryCache({ typePolicies: { Kommune: { keyFields: ['code'] } } });
  return render(
    <MockedProvider mocks={mocks} cache={cache}>
      <ul>
        <ChecklistItemRow item={row} editable />
      </ul>
    </MockedProvider>,
  );
}
const statusSelect = () => screen.getByLabelText('Status for "Beslut om KP-tabellerne"') as HTMLSelectElement;

describe('a checklist row', () => {
  it('saves a mouse choice at once and says so, keeping focus on the select', async () => {
    renderRow([{ request: { query: UpdateChecklistItem, variables: statusInput(StepStatus.STARTED) }, result: saved({ status: StepStatus.STARTED, version: 2 }) }]);
    const select = statusSelect();
    expect([...select.options].map((o) => o.text)).toEqual(['Ikke påbegyndt', 'Påbegyndt', 'Fuldført', 'Ikke relevant']);
    select.focus();
    fireEvent.change(select, { target: { value: StepStatus.STARTED } });
    expect(await screen.findByText('Gemt: "Beslut om KP-tabellerne" står nu som Påbegyndt.')).toBeTruthy();
    expect(document.activeElement).toBe(select);
  });

  it('saves nothing while arrow keys move through the statuses, then the final one exactly once on Tab', async () => {
    // One mocked answer: a second save would fail and show "Ikke gemt".
    renderRow([{ request: { query: UpdateChecklistItem, variables: statusInput(StepStatus.DONE) }, result: saved({ status: StepStatus.DONE, version: 2 }) }]);
    const select = statusSelect();
    select.focus();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: StepStatus.STARTED } });
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: StepStatus.DONE } });
    expect(screen.queryByText('Gemmer…')).toBeNull();
    fireEvent.blur(select);
    expect(await screen.findByText('Gemt: "Beslut om KP-tabellerne" står nu som Fuldført.')).toBeTruthy();
    fireEvent.blur(select);
    fireEvent.keyDown(select, { key: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/Ikke gemt/)).toBeNull();
  });

  it('saves the keyboard choice on Enter', async () => {
    renderRow([{ request: { query: UpdateChecklistItem, variables: statusInput(StepStatus.STARTED) }, result: saved({ status: StepStatus.STARTED, version: 2 }) }]);
    const select = statusSelect();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: StepStatus.STARTED } });
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(await screen.findByText('Gemt: "Beslut om KP-tabellerne" står nu som Påbegyndt.')).toBeTruthy();
  });

  it('asks why before saving Ikke relevant, and refuses an empty reason', async () => {
    renderRow([
      {
        request: {
          query: UpdateChecklistItem,
          variables: { input: { id: 'i1', expectedVersion: 1, status: StepStatus.NOT_APPLICABLE, note: 'Vi har ingen KP-data', base: { status: StepStatus.NOT_STARTED, note: null } } },
        },
        result: saved({ status: StepStatus.NOT_APPLICABLE, note: 'Vi har ingen KP-data', version: 2 }),
      },
    ]);
    fireEvent.change(statusSelect(), { target: { value: StepStatus.NOT_APPLICABLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem som ikke relevant' }));
    expect(screen.getByText('Skriv hvorfor trinnet ikke er relevant for kommunen.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Begrundelse for "Beslut om KP-tabellerne"'), { target: { value: 'Vi har ingen KP-data' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem som ikke relevant' }));
    expect(await screen.findByText('Status og noten er gemt. "Beslut om KP-tabellerne" står nu som Ikke relevant.')).toBeTruthy();
  });

  it("Mette's status lands on top of the note Lars saved meanwhile, and she is told", async () => {
    renderRow([
      {
        request: { query: UpdateChecklistItem, variables: statusInput(StepStatus.DONE) },
        result: saved({ status: StepStatus.DONE, note: 'Lars: aftalt med IT', version: 3, updatedByName: 'Mette Mikkelsen' }),
      },
    ]);
    fireEvent.change(statusSelect(), { target: { value: StepStatus.DONE } });
    expect(
      await screen.findByText('Gemt: "Beslut om KP-tabellerne" står nu som Fuldført. En anden havde imens ændret noten; det er bevaret.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Note til "Beslut om KP-tabellerne"') as HTMLTextAreaElement).value).toBe('Lars: aftalt med IT');
  });

  it('when Lars and Mette both changed the note, shows both and saves the one Mette picks', async () => {
    const current = {
      id: 'i1',
      status: StepStatus.NOT_STARTED,
      note: 'Lars: venter på KMD',
      responsible: null,
      version: 2,
      updatedAt: '2026-11-30T10:00:00.000Z',
      updatedByName: 'Lars Larsen',
    };
    renderRow([
      {
        request: { query: UpdateChecklistItem, variables: { input: { id: 'i1', expectedVersion: 1, note: 'Mette: mødet er holdt', base: { note: null } } } },
        result: { errors: [new GraphQLError('Punktet er blevet ændret af en anden.', { extensions: { code: 'CONFLICT', fields: ['note'], current } })] },
      },
      {
        request: {
          query: UpdateChecklistItem,
          variables: { input: { id: 'i1', expectedVersion: 1, note: 'Mette: mødet er holdt', base: { note: 'Lars: venter på KMD' } } },
        },
        result: saved({ note: 'Mette: mødet er holdt', version: 3, updatedByName: 'Mette Mikkelsen' }),
      },
    ]);
    const note = screen.getByLabelText('Note til "Beslut om KP-tabellerne"') as HTMLTextAreaElement;
    fireEvent.change(note, { target: { value: 'Mette: mødet er holdt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem note og ansvarlig' }));

    expect(await screen.findByText(/Lars Larsen gemte dette trin/)).toBeTruthy();
    const theirs = screen.getByLabelText('Gemt af Lars Larsen: Lars: venter på KMD') as HTMLInputElement;
    const mine = screen.getByLabelText('Dit svar: Mette: mødet er holdt') as HTMLInputElement;
    expect(mine.checked).toBe(true);
    expect(theirs.checked).toBe(false);
    // Her text is still in the field; nothing of Lars's was written over.
    expect(note.value).toBe('Mette: mødet er holdt');
    expect(screen.queryByText(/Status/, { selector: 'legend' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Gem mit svar' }));
    expect(await screen.findByText('Noten er gemt.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/Lars Larsen gemte/)).toBeNull());
  });

  it("keeps Lars's note when Mette picks it, and saves nothing", async () => {
    const current = { id: 'i1', status: StepStatus.NOT_STARTED, note: 'Lars', responsible: null, version: 2, updatedAt: null, updatedByName: 'Lars Larsen' };
    renderRow([
      {
        request: { query: UpdateChecklistItem, variables: { input: { id: 'i1', expectedVersion: 1, note: 'Mette', base: { note: null } } } },
        result: { errors: [new GraphQLError('Ændret.', { extensions: { code: 'CONFLICT', fields: ['note'], current } })] },
      },
    ]);
    const note = screen.getByLabelText('Note til "Beslut om KP-tabellerne"') as HTMLTextAreaElement;
    fireEvent.change(note, { target: { value: 'Mette' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem note og ansvarlig' }));
    fireEvent.click(await screen.findByLabelText('Gemt af Lars Larsen: Lars'));
    fireEvent.click(screen.getByRole('button', { name: 'Gem mit svar' }));
    expect(await screen.findByText('Du beholdt det gemte. Intet er ændret.')).toBeTruthy();
    expect(note.value).toBe('Lars');
  });

  it('keeps the answer in the form when the save fails', async () => {
    renderRow([{ request: { query: UpdateChecklistItem, variables: statusInput(StepStatus.DONE) }, error: new Error('network down') }]);
    const select = statusSelect();
    fireEvent.change(select, { target: { value: StepStatus.DONE } });
    expect(await screen.findByText(/Ikke gemt: Serveren svarer ikke/)).toBeTruthy();
    expect(select.value).toBe(StepStatus.DONE);
    expect(screen.getByRole('button', { name: 'Prøv at gemme igen' })).toBeTruthy();
  });

  it('is read-only for someone who may not edit', () => {
    render(
      <MockedProvider mocks={[]}>
        <ul>
          <ChecklistItemRow item={item({ status: StepStatus.DONE })} editable={false} />
        </ul>
      </MockedProvider>,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('Fuldført')).toBeTruthy();
  });
});
