import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useLive } from '../../apollo/live';
import { graphql } from '../../__generated__';
import type { ChecklistRow_ItemFragment } from '../../__generated__/graphql';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { TrafficLightBadge } from '../../components/TrafficLightBadge';
import { formatDate, todayIso } from '../../components/format';
import { canEditKommune, useCurrentUser } from '../auth/current-user';
import { ChecklistItemRow } from '../checklist/ChecklistItemRow';
import { OpsigelserPanel } from '../opsigelse/OpsigelserPanel';
import { ContactsPanel } from './ContactsPanel';
import { HistoryPanel } from '../audit/HistoryPanel';
import { ExampleDrejebogText, useExampleDrejebog } from '../drejebog/ExampleDrejebogNotice';
import { Deferred } from '../../components/progressive';
import { DownloadLinks } from '../export/DownloadLinks';

// KOMBIT's list of contact roles, for the contact forms (a separate query keeps the page's own cacheable).
const ContactRolesQuery = graphql(`
  query ContactRolesQuery {
    contactRoles {
      name
    }
  }
`);
import { GatesTable } from '../wave/GatesTable';

/**
 * What a change to the kommune's checklist moves on this page: its traffic light and why, its progress and
 * its gates. The page reads it, and every answer that changes a kommune's steps carries it (a checklist
 * save, an opsigelse recorded or withdrawn, a live event), so the cache, keyed by kommunekode, redraws the
 * page from that answer alone.
 */
export const KommuneStatusFragment = graphql(`
  fragment KommuneStatus_kommune on Kommune {
    code
    trafficLight
    progress {
      done
      started
      notStarted
      notApplicable
      total
    }
    behind {
      itemId
      number
      title
      deadline
      trafficLight
    }
    gates {
      ...GatesTable_status
    }
  }
`);

const KommuneQuery = graphql(`
  query KommuneQuery($code: Int!) {
    kommune(code: $code) {
      code
      name
      officialName
      region
      waveProvisional
      wave {
        id
        name
        goLive
      }
      ...KommuneStatus_kommune
      checklist {
        ...ChecklistRow_item
      }
      ...OpsigelserPanel_kommune
      ...ContactsPanel_kommune
    }
  }
`);

// The kommune's own values (status, opsigelser, contacts) as they change, merged into the page by code.
const KommuneLive = graphql(`
  subscription KommuneLive($code: Int!) {
    kommuneChanged(code: $code) {
      ...KommuneStatus_kommune
      ...OpsigelserPanel_kommune
      ...ContactsPanel_kommune
    }
  }
`);

// A saved item (merged by its id) with its kommune's status after the save (merged by code).
const KommuneChecklistLive = graphql(`
  subscription KommuneChecklistLive($code: Int!) {
    checklistItemChanged(kommuneCode: $code) {
      item {
        ...ChecklistRow_item
        kommune {
          ...KommuneStatus_kommune
        }
      }
    }
  }
`);

/** Steps grouped by phase, phases in the order their first step appears. */
export function groupByPhase(items: readonly ChecklistRow_ItemFragment[]): { phase: string; items: ChecklistRow_ItemFragment[] }[] {
  const groups = new Map<string, ChecklistRow_ItemFragment[]>();
  for (const item of [...items].sort((a, b) => a.step.number - b.step.number)) {
    const list = groups.get(item.step.phase) ?? [];
    list.push(item);
    groups.set(item.step.phase, list);
  }
  return [...groups].map(([phase, list]) => ({ phase, items: list }));
}

export function KommunePage() {
  const user = useCurrentUser();
  const params = useParams();
  const code = Number(params.code);
  const valid = Number.isInteger(code) && code > 0;
  const { data, loading, error, refetch } = useQuery(KommuneQuery, { variables: { code }, skip: !valid });
  useLive(KommuneLive, { variables: { code }, skip: !valid });
  useLive(KommuneChecklistLive, { variables: { code }, skip: !valid });
  const kommune = data?.kommune;
  const editable = kommune ? canEditKommune(user, kommune.code) : false;
  const roles = useQuery(ContactRolesQuery, { skip: !editable }).data?.contactRoles.map((r) => r.name);
  const example = useExampleDrejebog();
  usePageTitle(kommune ? kommune.officialName : 'Kommune');

  if (!valid || (data && !kommune)) {
    return (
      <>
        <h1>Kommunen findes ikke</h1>
        <p>
          Der er ingen kommune med kommunekode {params.code}. Se <Link to="/kommuner">alle kommuner</Link>.
        </p>
      </>
    );
  }
  if ((loading && !kommune) || example.loading) return <Loading what="kommunens tjekliste" />;
  if (!kommune) return <ErrorAlert error={error} retry={() => void refetch()} />;

  const p = kommune.progress;
  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs">
        <Link to="/kommuner">Kommuner</Link> › {kommune.officialName}
      </nav>
      <h1>{kommune.officialName}</h1>
      {error && <ErrorAlert error={error} retry={() => void refetch()} />}
      <div className="kommune-summary">
        <p>
          Kommunekode {String(kommune.code).padStart(3, '0')} · {kommune.region}
        </p>
        <p>
          Trafiklys: <TrafficLightBadge value={kommune.trafficLight} />{' '}
          <a href="#trafiklys-regel" className="form-hint">
            Sådan beregnes trafiklyset
          </a>
        </p>
        {kommune.trafficLight !== 'GREEN' && kommune.behind.length > 0 && (
          <div className={`alert ${kommune.trafficLight === 'RED' ? 'alert-error' : 'alert-warning'} why-colour`}>
            <h2 className="alert-heading h5">{kommune.trafficLight === 'RED' ? 'Hvorfor er kommunen rød?' : 'Hvorfor er kommunen gul?'}</h2>
            <ul className="alert-text">
              {kommune.behind.map((step) => (
                <li key={step.itemId}>
                  <a href={`#trin-${step.itemId}`}>
                    {step.number}. {step.title}
                  </a>
                  {step.deadline < todayIso() ? ` – fristen ${formatDate(step.deadline)} er overskredet` : ` – frist ${formatDate(step.deadline)}`}
                  {step.trafficLight === 'RED' ? ' (obligatorisk på kritisk vej)' : ''}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p>
          Bølge:{' '}
          {kommune.wave ? (
            <>
              <Link to="/boelger">{kommune.wave.name}</Link>, idriftsættelse {formatDate(kommune.wave.goLive)}
              {kommune.waveProvisional && <strong> (foreløbig placering)</strong>}
            </>
          ) : (
            'Ikke placeret i en bølge'
          )}
        </p>
        <p>
          Fremdrift: {p.done} fuldført, {p.notApplicable} ikke relevant, {p.started} påbegyndt og {p.notStarted} ikke påbegyndt af{' '}
          {p.total} trin.
        </p>
        {!editable && (
          <p className="alert alert-info readonly-note">
            <span className="alert-text">Du kan se kommunens tjekliste, men ikke ændre den.</span>
          </p>
        )}
      </div>

      {kommune.wave && (
        <section aria-labelledby="gates-heading">
          <h2 id="gates-heading">Gates</h2>
          {kommune.gates.length === 0 ? <Empty>Drejebogen har ingen gates.</Empty> : <GatesTable gates={kommune.gates} />}
        </section>
      )}

      <section aria-labelledby="tjekliste-heading">
        <h2 id="tjekliste-heading">Tjekliste for exit fra KMD Sag</h2>
        {example.isExample && <ExampleDrejebogText admin={user.role === 'ADMIN'} />}
        <DownloadLinks path={`/export/tjekliste/${kommune.code}`} what={`Tjeklisten for ${kommune.officialName}`} />
        {editable && (
          <p>
            En status gemmes, når du vælger den med musen, eller når du forlader feltet eller trykker Enter. Vælger du Ikke relevant, skal du
            skrive en begrundelse.
          </p>
        )}
        {kommune.checklist.length > 0 && (
          <nav aria-label="Gå til fase" className="phase-nav">
            <ul className="nobullet-list">
              {groupByPhase(kommune.checklist).map((group, i) => (
                <li key={group.phase}>
                  <a href={`#fase-${i + 1}`}>{group.phase}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {kommune.checklist.length === 0 ? (
          <Empty>Drejebogen har ingen trin endnu.</Empty>
        ) : (
          groupByPhase(kommune.checklist).map((group, i) => (
            <section key={group.phase} className="phase" aria-labelledby={`fase-${i + 1}`}>
              <h3 className="phase-title" id={`fase-${i + 1}`} tabIndex={-1}>
                {group.phase}
              </h3>
              <ol className="checklist no-max-width">
                {group.items.map((item) => (
                  <ChecklistItemRow key={item.id} item={item} editable={editable} />
                ))}
              </ol>
            </section>
          ))
        )}
      </section>

      {/* Below the checklist, drawn after it: for an exit contact every panel is a set of forms, and drawing them in
          the task that draws the checklist made it the longest task of the page. Everything below waits, so the
          panels arriving push nothing the reader can see. */}
      <Deferred>
        <OpsigelserPanel kommune={kommune} editable={editable} />
        <ContactsPanel kommune={kommune} editable={editable} roles={roles} />
        <HistoryPanel code={kommune.code} name={kommune.officialName} />
        <TrafficLightRule />
      </Deferred>
    </>
  );
}

/** How the traffic light is computed, in words, at the foot of every kommune's page. */
function TrafficLightRule() {
  return (
    <section aria-labelledby="trafiklys-regel" className="rule">
      <h2 id="trafiklys-regel">Sådan beregnes trafiklyset</h2>
      <ul>
        <li>
          <strong>Rød</strong>: et obligatorisk trin på kritisk vej har overskredet fristen og er hverken fuldført eller ikke relevant,
          eller en gate er overskredet (gatedatoen er passeret, og gatens trin er ikke alle fuldført eller ikke relevante).
        </li>
        <li>
          <strong>Gul</strong>: et trin, der ikke er afsluttet, har overskredet fristen eller har frist inden for 14 dage.
        </li>
        <li>
          <strong>Grøn</strong>: ellers.
        </li>
      </ul>
      <p>
        Et trins frist er trinnets egen frist, ellers slutdatoen for trinnets fase i kommunens bølge, ellers ingen frist. En gates
        dato er bølgens idriftsættelse minus gatens antal uger.
      </p>
    </section>
  );
}
