import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { opsigelseKindLabel, stepTypeLabel } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { DrejebogSteps_DrejebogFragment } from '../../__generated__/graphql';
import { ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { formatDate, formatDateTime, lowerFirst } from '../../components/format';
import { useCurrentUser } from '../auth/current-user';
import { ExampleDrejebogText } from './ExampleDrejebogNotice';
import { DownloadLinks } from '../export/DownloadLinks';

import { storedDraft } from './draft';
import { TableScroll } from '../../components/TableScroll';

// The editor is only for KOMBIT and loads when it is opened.
const DrejebogEditor = lazy(() => import('./DrejebogEditor').then((m) => ({ default: m.DrejebogEditor })));

export const DrejebogStepsFragment = graphql(`
  fragment DrejebogSteps_drejebog on Drejebog {
    id
    version
    publishedAt
    isCurrent
    isExample
    steps {
      id
      code
      number
      phase
      title
      description
      type
      deadline
      opsigelseKind
    }
    gates {
      number
      name
      weeksBeforeGoLive
      verification {
        id
        code
        title
      }
      prerequisites {
        id
        code
      }
    }
  }
`);

const DrejebogQuery = graphql(`
  query DrejebogQuery {
    drejebog {
      ...DrejebogSteps_drejebog
    }
    drejebogVersions {
      ...DrejebogSteps_drejebog
    }
  }
`);

function GatesOfVersion({ drejebog }: { drejebog: DrejebogSteps_DrejebogFragment }) {
  if (drejebog.gates.length === 0) return <p>Versionen har ingen gates.</p>;
  return (
    <TableScroll label={`Gates i version ${drejebog.version}`}>
      <table className="table table--compact">
        <caption className="sr-only">Gates i version {drejebog.version}</caption>
        <thead>
          <tr>
            <th scope="col">Gate</th>
            <th scope="col">Uger før idriftsættelse</th>
            <th scope="col">Verificeres af</th>
            <th scope="col">Forudsætningsopgaver</th>
          </tr>
        </thead>
        <tbody>
          {drejebog.gates.map((gate) => (
            <tr key={gate.number}>
              <th scope="row">
                Gate {gate.number}: {gate.name}
              </th>
              <td>{gate.weeksBeforeGoLive}</td>
              <td>{[gate.verification.code, gate.verification.title].filter(Boolean).join(' ')}</td>
              <td>{gate.prerequisites.map((s) => s.code).join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function StepsByPhase({ drejebog }: { drejebog: DrejebogSteps_DrejebogFragment }) {
  const phases = [...new Set(drejebog.steps.map((s) => s.phase))];
  return (
    <>
      {phases.map((phase) => (
        <section key={phase} aria-label={`Fase: ${phase}`}>
          <h3>{phase}</h3>
          <TableScroll label={`Trin i fasen ${phase}`}>
            <table className="table table--compact table--zebra">
              <caption className="sr-only">Trin i fasen {phase}</caption>
              <thead>
                <tr>
                  <th scope="col">Nr.</th>
                  <th scope="col">Kode</th>
                  <th scope="col">Trin</th>
                  <th scope="col">Type</th>
                  <th scope="col">Frist</th>
                </tr>
              </thead>
              <tbody>
                {drejebog.steps
                  .filter((s) => s.phase === phase)
                  .map((step) => (
                    <tr key={step.id}>
                      <td>{step.number}</td>
                      <td>{step.code ?? '–'}</td>
                      <td>
                        <strong>{step.title}</strong>
                        {step.description && <div className="form-hint">{step.description}</div>}
                        {step.opsigelseKind && (
                          <div className="form-hint">Fuldføres, når kommunen registrerer opsigelse af {lowerFirst(opsigelseKindLabel[step.opsigelseKind])}.</div>
                        )}
                      </td>
                      <td>{stepTypeLabel[step.type]}</td>
                      <td>{formatDate(step.deadline) || '–'}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </>
  );
}

export function DrejebogPage() {
  usePageTitle('Drejebog');
  const user = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const [published, setPublished] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(DrejebogQuery);
  // A draft left in this browser (a reload, a closed tab) opens the editor again.
  const [resumed, setResumed] = useState(false);
  if (!resumed && data && user.role === 'ADMIN') {
    setResumed(true);
    if (storedDraft(data.drejebog.id)) setEditing(true);
  }
  if (loading && !data) return <Loading what="drejebogen" />;
  if (!data) return <ErrorAlert error={error} retry={() => void refetch()} />;
  const current = data.drejebog;
  const old = data.drejebogVersions.find((v) => v.id === opened && !v.isCurrent);
  return (
    <>
      <h1>Drejebog for exit fra KMD Sag</h1>
      {current.isExample && <ExampleDrejebogText admin={user.role === 'ADMIN'} />}
      <p>
        {current.isExample ? (
          <>
            Gældende: <strong>eksemplet</strong> · {current.steps.length} trin.
          </>
        ) : (
          <>
            Gældende version <strong>{current.version}</strong>
            {current.publishedAt ? `, udgivet ${formatDateTime(current.publishedAt)}` : ''} · {current.steps.length} trin.
          </>
        )}{' '}
        Drejebogen er en liste over opgaver, som hver kommune bør gennemføre, eller som minimum tage stilling til, inden KMD Sag kan
        opsiges.
      </p>
      <p aria-live="polite" className="save-status save-status--ok">
        {published}
      </p>
      {user.role === 'ADMIN' && !editing && (
        <p>
          <button type="button" className="button button-primary" onClick={() => setEditing(true)}>
            Lav en ny version
          </button>{' '}
          <Link to="/indlaes#drejebog-upload">Indlæs en version fra et regneark</Link>
        </p>
      )}
      {editing ? (
        <Suspense fallback={<Loading what="redigeringen" />}>
          <DrejebogEditor
            current={current}
            onDone={(message) => {
              setEditing(false);
              setPublished(message ?? null);
            }}
          />
        </Suspense>
      ) : (
        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">{current.isExample ? 'Trin i eksemplet' : `Trin i version ${current.version}`}</h2>
          <StepsByPhase drejebog={current} />
          <DownloadLinks path="/export/fremdrift" what="Antal kommuner pr. trin og status" />
          <h2 id="gates-heading">Gates i version {current.version}</h2>
          <GatesOfVersion drejebog={current} />
        </section>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Versioner</h2>
        <TableScroll label="Versioner af drejebogen">
          <table className="table table--compact">
            <caption className="sr-only">Alle versioner af drejebogen, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Udgivet</th>
                <th scope="col">Trin</th>
                <th scope="col">Gældende</th>
                <th scope="col">
                  <span className="sr-only">Vis</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.drejebogVersions.map((version) => (
                <tr key={version.id}>
                  <td>{version.version}</td>
                  <td>{formatDateTime(version.publishedAt) || '–'}</td>
                  <td>{version.steps.length}</td>
                  <td>{version.isCurrent ? 'Ja' : 'Nej'}</td>
                  <td>
                    {!version.isCurrent && (
                      <button
                        type="button"
                        className="button button-tertiary button-small"
                        aria-expanded={opened === version.id}
                        onClick={() => setOpened(opened === version.id ? null : version.id)}
                      >
                        {opened === version.id ? `Skjul version ${version.version}` : `Vis version ${version.version}`}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {old && (
          <section aria-labelledby="old-version-heading">
            <h3 id="old-version-heading">
              Trin i version {old.version} (udgivet {formatDateTime(old.publishedAt) || '–'}, ikke længere gældende)
            </h3>
            <StepsByPhase drejebog={old} />
          </section>
        )}
      </section>
    </>
  );
}
