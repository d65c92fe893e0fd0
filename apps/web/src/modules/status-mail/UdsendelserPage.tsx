import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { OutboxState, outboxStateLabel } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import { formatDateTime } from '../../components/format';
import { MutationError } from '../../components/MutationError';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { useCurrentUser } from '../auth/current-user';
import { TableScroll } from '../../components/TableScroll';
import { KommuneOptions } from '../../components/KommuneOptions';

const PAGE_SIZE = 50;
const WEEK = /^\d{4}-W\d{2}$/;

const UdsendelserQuery = graphql(`
  query UdsendelserQuery($week: String, $state: OutboxState, $limit: Int!, $offset: Int!) {
    outbox(week: $week, state: $state, limit: $limit, offset: $offset) {
      ...OutboxRow_message
    }
    kommuner {
      code
      name
    }
  }
`);

export const OutboxRowFragment = graphql(`
  fragment OutboxRow_message on OutboxMessage {
    id
    to
    subject
    kommuneCode
    week
    state
    attempts
    error
    createdAt
    sentAt
  }
`);

const StatusEmailPreviewQuery = graphql(`
  query StatusEmailPreviewQuery($kommuneCode: Int!) {
    statusEmailPreview(kommuneCode: $kommuneCode) {
      to
      subject
      text
      html
    }
  }
`);

const SendStatusEmails = graphql(`
  mutation SendStatusEmails($week: String) {
    sendStatusEmails(week: $week)
  }
`);

const RetryOutboxMessage = graphql(`
  mutation RetryOutboxMessage($id: ID!) {
    retryOutboxMessage(id: $id) {
      ...OutboxRow_message
    }
  }
`);

function SendNow() {
  // The answer is only how many were queued; the new messages, in the page's filter and paging, are the server's to list.
  const [send, { loading, error }] = useMutation(SendStatusEmails, { refetchQueries: ['UdsendelserQuery'] });
  const [result, setResult] = useState<string | null>(null);
  async function submit() {
    setResult(null);
    const answer = await send().catch(() => null);
    if (!answer?.data) return;
    const n = answer.data.sendStatusEmails;
    setResult(
      n === 0
        ? 'Ugens statusmails er allerede sat i kø til alle modtagere. Der blev ikke sendt noget nyt.'
        : `${n} ${n === 1 ? 'ny besked' : 'nye beskeder'} er sat i kø og sendes nu.`,
    );
  }
  return (
    <section aria-labelledby="send-heading">
      <h2 id="send-heading">Send nu</h2>
      <p>
        Statusmailen sendes automatisk hver uge. Her kan du sende ugens mails med det samme. Den, der allerede har fået
        ugens mail, får den ikke igen.
      </p>
      <MutationError error={error} prefix="Ikke sendt" />
      <button type="button" className="button button-primary" disabled={loading} onClick={() => void submit()}>
        Send ugens statusmails nu
      </button>{' '}
      <span role="status">{result ?? ''}</span>
    </section>
  );
}

function Preview({ kommuner }: { kommuner: { code: number; name: string }[] }) {
  const id = useId();
  const [code, setCode] = useState('');
  const [load, { data, loading, error }] = useLazyQuery(StatusEmailPreviewQuery);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (code) void load({ variables: { kommuneCode: Number(code) } }).catch(() => undefined);
  }
  const preview = data?.statusEmailPreview;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Forhåndsvisning</h2>
      <form className="inline-form" onSubmit={submit}>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-kommune`}>
            Kommune
          </label>
          <select className="form-select" id={`${id}-kommune`} required value={code} onChange={(e) => setCode(e.target.value)}>
            <option value="">Vælg kommune</option>
            <KommuneOptions kommuner={kommuner} />
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={loading}>
          Vis kommunens mail
        </button>
      </form>
      {loading && <Loading what="forhåndsvisningen" />}
      {error && <ErrorAlert error={error} />}
      {preview && (
        <div className="mail-preview">
          <p>
            <strong>Til:</strong> {preview.to.length > 0 ? preview.to.join(', ') : 'Ingen – kommunen har ingen kontaktpersoner, der modtager statusmailen.'}
            <br />
            <strong>Emne:</strong> {preview.subject}
          </p>
          <iframe title={`Forhåndsvisning: ${preview.subject}`} sandbox="" srcDoc={preview.html} className="mail-preview-frame" />
          <details className="details">
            <summary className="details-summary">Vis som ren tekst</summary>
            <pre className="details-text mail-preview-text">{preview.text}</pre>
          </details>
        </div>
      )}
    </section>
  );
}

function RetryButton({ id, to }: { id: string; to: string }) {
  const [retry, { loading, error }] = useMutation(RetryOutboxMessage);
  return (
    <>
      <button type="button" className="button button-secondary button-small" disabled={loading} onClick={() => void retry({ variables: { id } }).catch(() => undefined)}>
        Send igen til {to}
      </button>
      <MutationError error={error} prefix="Ikke sat i kø" />
    </>
  );
}

export function UdsendelserPage() {
  usePageTitle('Udsendelser');
  const me = useCurrentUser();
  if (me.role !== 'ADMIN') {
    return (
      <>
        <h1>Udsendelser</h1>
        <p>Kun administratorer hos KOMBIT kan se og sende statusmails.</p>
      </>
    );
  }
  return <Outbox />;
}

function Outbox() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('side')) || 1);
  const weekParam = params.get('uge') ?? '';
  const stateParam = params.get('status') ?? '';
  const [weekInput, setWeekInput] = useState(weekParam);
  const week = WEEK.test(weekParam) ? weekParam : null;
  const state = (Object.values(OutboxState) as string[]).includes(stateParam) ? (stateParam as OutboxState) : null;
  const { data, previousData, loading, error, refetch } = useQuery(UdsendelserQuery, {
    variables: { week, state, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE },
  });
  const shown = data ?? previousData;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('side');
    setParams(next, { replace: true });
  };
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('side', String(n));
    setParams(next);
  };
  const messages = shown?.outbox.slice(0, PAGE_SIZE) ?? [];
  const hasNext = (shown?.outbox.length ?? 0) > PAGE_SIZE;
  const names = new Map(shown?.kommuner.map((k) => [k.code, k.name]) ?? []);
  const weekInvalid = weekInput !== '' && !WEEK.test(weekInput);

  return (
    <>
      <h1>Udsendelser</h1>
      <p>
        Den ugentlige statusmail: hver kommunes kontaktpersoner får kommunens trafiklys, overskredne trin og manglende
        opsigelser, og KOMBIT får et samlet overblik.
      </p>
      <SendNow />
      <Preview kommuner={shown?.kommuner ?? []} />
      <section aria-labelledby="outbox-heading">
        <h2 id="outbox-heading">Udbakke</h2>
        <form
          className="filters"
          aria-label="Filtrér udbakken"
          onSubmit={(e) => {
            e.preventDefault();
            if (!weekInvalid) set('uge', weekInput.trim());
          }}
        >
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-week`}>
              Uge (fx 2026-W49)
            </label>
            <input
              className="form-input"
              id={`${id}-week`}
              value={weekInput}
              aria-invalid={weekInvalid}
              aria-describedby={weekInvalid ? `${id}-week-error` : undefined}
              onChange={(e) => setWeekInput(e.target.value)}
              onBlur={() => !weekInvalid && set('uge', weekInput.trim())}
            />
            {weekInvalid && (
              <span className="form-error-message" id={`${id}-week-error`}>
                Skriv ugen som ÅÅÅÅ-Wuu, fx 2026-W49.
              </span>
            )}
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-state`}>
              Status
            </label>
            <select className="form-select" id={`${id}-state`} value={state ?? ''} onChange={(e) => set('status', e.target.value)}>
              <option value="">Alle</option>
              {Object.values(OutboxState).map((s) => (
                <option key={s} value={s}>
                  {outboxStateLabel[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            Vis
          </button>
        </form>
        {loading && !shown && <Loading what="udbakken" />}
        {error && <ErrorAlert error={error} retry={() => void refetch()} />}
        {shown &&
          (messages.length === 0 ? (
            <Empty>Ingen beskeder passer til filtrene.</Empty>
          ) : (
            <TableScroll label="Beskeder i udbakken">
              <table className="table table--compact">
                <caption>Beskeder i udbakken, nyeste først</caption>
                <thead>
                  <tr>
                    <th scope="col">Modtager</th>
                    <th scope="col">Emne</th>
                    <th scope="col">Kommune</th>
                    <th scope="col">Uge</th>
                    <th scope="col">Status</th>
                    <th scope="col">Forsøg</th>
                    <th scope="col">Oprettet</th>
                    <th scope="col">Sendt</th>
                  </tr>
                </thead>
                <tbody>
                  {messages.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">{m.to}</th>
                      <td>{m.subject}</td>
                      <td>{m.kommuneCode === null ? 'KOMBIT-overblik' : (names.get(m.kommuneCode) ?? m.kommuneCode)}</td>
                      <td>{m.week}</td>
                      <td>
                        <strong>{outboxStateLabel[m.state]}</strong>
                        {m.error && <div className="outbox-error">{m.error}</div>}
                        {(m.state === OutboxState.FAILED || (m.state === OutboxState.QUEUED && m.error)) && (
                          <div>
                            <RetryButton id={m.id} to={m.to} />
                          </div>
                        )}
                      </td>
                      <td>{m.attempts}</td>
                      <td>{formatDateTime(m.createdAt)}</td>
                      <td>{formatDateTime(m.sentAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ))}
        {(page > 1 || hasNext) && (
          <nav aria-label="Sider i udbakken" className="button-row">
            <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
              Forrige side
            </button>
            <button type="button" className="button button-secondary" disabled={!hasNext} onClick={() => goTo(page + 1)}>
              Næste side
            </button>
          </nav>
        )}
      </section>
    </>
  );
}
