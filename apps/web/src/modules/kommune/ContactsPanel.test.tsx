// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { ContactsPanel } from './ContactsPanel';
import { UpdateContact } from './hooks/useUpdateContact';

afterEach(cleanup);

const jens = { __typename: 'Contact' as const, id: 'c1', name: 'Jens Jensen', email: 'jens@kk.dk', phone: '33 66 33 66', role: null, receivesStatus: true };
const kommune = { __typename: 'Kommune' as const, code: 101, name: 'København', officialName: 'Københavns Kommune', contacts: [jens] };

function open() {
  fireEvent.click(screen.getByText('Ret Jens Jensen'));
}

describe('editing a contact person', () => {
  it('is not offered to users who may not edit', () => {
    render(
      <MockedProvider mocks={[]}>
        <ContactsPanel kommune={kommune} editable={false} />
      </MockedProvider>,
    );
    expect(screen.getByRole('link', { name: 'jens@kk.dk' })).toBeTruthy();
    expect(screen.queryByText('Ret Jens Jensen')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('saves the edited fields, an emptied phone as none, and says so', async () => {
    const input = { id: 'c1', name: 'Jens Juhl', email: 'jens.juhl@kk.dk', phone: null, role: 'Projektleder', receivesStatus: true };
    const mocks = [{ request: { query: UpdateContact, variables: { input } }, result: { data: { updateContact: { ...jens, ...input } } } }];
    render(
      <MockedProvider mocks={mocks}>
        <ContactsPanel kommune={kommune} editable roles={['KMD Sag udfasnings-kontaktperson', 'Projektleder']} />
      </MockedProvider>,
    );
    open();
    fireEvent.change(screen.getByLabelText('Rolle for Jens Jensen'), { target: { value: 'Projektleder' } });
    fireEvent.change(screen.getByLabelText('Navn for Jens Jensen'), { target: { value: ' Jens Juhl ' } });
    fireEvent.change(screen.getByLabelText('E-mail for Jens Jensen'), { target: { value: 'jens.juhl@kk.dk' } });
    fireEvent.change(screen.getByLabelText('Telefon for Jens Jensen (valgfri)'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem kontaktperson' }));
    expect(await screen.findByText('Jens Juhl er gemt.')).toBeTruthy();
  });

  it('shows why a save was refused and keeps what was typed', async () => {
    const input = { id: 'c1', name: 'Jens Jensen', email: 'jens@kk', phone: '33 66 33 66', role: null, receivesStatus: true };
    const mocks = [
      {
        request: { query: UpdateContact, variables: { input } },
        result: { errors: [new GraphQLError('E-mailadressen er ikke gyldig.', { extensions: { code: 'BAD_USER_INPUT' } })] },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <ContactsPanel kommune={kommune} editable />
      </MockedProvider>,
    );
    open();
    fireEvent.change(screen.getByLabelText('E-mail for Jens Jensen'), { target: { value: 'jens@kk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem kontaktperson' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Ikke gemt: E-mailadressen er ikke gyldig.')).toBeTruthy();
    expect((screen.getByLabelText('E-mail for Jens Jensen') as HTMLInputElement).value).toBe('jens@kk');
    expect(screen.queryByText(/er gemt/)).toBeNull();
  });

  it('lets a contact person be taken off the weekly status mail', async () => {
    const input = { id: 'c1', name: 'Jens Jensen', email: 'jens@kk.dk', phone: '33 66 33 66', role: null, receivesStatus: false };
    const mocks = [{ request: { query: UpdateContact, variables: { input } }, result: { data: { updateContact: { ...jens, ...input } } } }];
    render(
      <MockedProvider mocks={mocks}>
        <ContactsPanel kommune={kommune} editable />
      </MockedProvider>,
    );
    open();
    const box = screen.getByLabelText('Modtager ugentlig statusmail for Jens Jensen') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Gem kontaktperson' }));
    expect(await screen.findByText('Jens Jensen er gemt.')).toBeTruthy();
  });
});
