import { useEffect, useId, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { OpsigelseKind, opsigelseKindLabel, StepType, stepTypeLabel, NAME_MAX } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { DrejebogSteps_DrejebogFragment } from '../../__generated__/graphql';
import { MutationError } from '../../components/MutationError';
import { confirmLeaving, useUnsavedChanges } from '../../components/unsaved-changes';
import { forgetDraft, keepDraft, storedDraft } from './draft';

/** "1 nyt trin", "3 nye trin". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}


const DrejebogPreviewQuery = graphql(`
  query DrejebogPreviewQuery($input: PublishDrejebogInput!) {
    drejebogPublishPreview(input: $input) {
      kommunerTurningRed
      stepsKept
      stepsAdded
      stepsRetired
      answersCarriedOver
      answersNew
      answersRetired
      answersRetiredWithWork
      retiredSteps {
        id
        title
      }
    }
  }
`);

type Preview = NonNullable<Awaited<ReturnType<typeof previewOf>>>;
async function previewOf(client: ReturnType<typeof useApolloClient>, input: ReturnType<typeof toInput>) {
  const result = await client.query({ query: DrejebogPreviewQuery, variables: { input }, fetchPolicy: 'network-only' });
  return result.data?.drejebogPublishPreview ?? null;
}

function toInput(version: string, steps: DraftStep[], gates: DraftGate[]) {
  return {
    version: version.trim(),
    steps: steps.map((s) => ({
      id: s.id,
      phase: s.phase.trim(),
      title: s.title.trim(),
      description: s.description.trim() || null,
      type: s.type,
      deadline: s.deadline || null,
      opsigelseKind: s.opsigelseKind || null,
      code: s.code.trim() || null,
    })),
    gates: gates.map((g) => ({
      number: Number(g.number),
      name: g.name.trim(),
      weeksBeforeGoLive: Number(g.weeks),
      verificationCode: g.verificationCode.trim(),
      prerequisiteCodes: g.prerequisiteCodes
        .split(/[,;]/)
        .map((c) => c.trim())
        .filter(Boolean),
    })),
  };
}

export interface DraftGate {
  key: string;
  number: string;
  name: string;
  weeks: string;
  verificationCode: string;
  /** Step codes separated by commas. */
  prerequisiteCodes: string;
}

const PublishDrejebog = graphql(`
  mutation PublishDrejebog($input: PublishDrejebogInput!) {
    publishDrejebog(input: $input) {
      ...DrejebogSteps_drejebog
    }
  }
`);

export interface DraftStep {
  key: string;
  /** Set for a step carried over from the current version: every kommune's answer follows it. */
  id: string | null;
  phase: string;
  title: string;
  description: string;
  type: StepType;
  deadline: string;
  /** The opsigelse that completes the step ('' for none). */
  opsigelseKind: OpsigelseKind | '';
  code: string;
}

const NEW_PHASE = '\u0000new';
const TYPES: StepType[] = [StepType.MANDATORY_CRITICAL_PATH, StepType.MANDATORY, StepType.RECOMMENDED];
let nextKey = 0;

function move<T>(list: T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/** What publishing will do, as KOMBIT must see it before publishing. */
export function publishSummary(current: DrejebogSteps_DrejebogFragment, steps: DraftStep[], kommuneCount = 98) {
  const kept = steps.filter((s) => s.id !== null).length;
  const added = steps.length - kept;
  const retired = current.steps.filter((s) => !steps.some((d) => d.id === s.id)).length;
  return { kept, added, retired, kommuneCount };
}

function stepsOf(current: DrejebogSteps_DrejebogFragment): DraftStep[] {
  return current.steps.map((s) => ({
      key: s.id,
      id: s.id,
      phase: s.phase,
      title: s.title,
      description: s.description ?? '',
      type: s.type,
      deadline: s.deadline ?? '',
      opsigelseKind: s.opsigelseKind ?? '',
      code: s.code ?? '',
  }));
}

function gatesOf(current: DrejebogSteps_DrejebogFragment): DraftGate[] {
  return current.gates.map((g) => ({
    key: `gate-${g.number}`,
    number: String(g.number),
    name: g.name,
    weeks: String(g.weeksBeforeGoLive),
    verificationCode: g.verification.code ?? '',
    prerequisiteCodes: g.prerequisites.map((p) => p.code ?? '').join(', '),
  }));
}

export function DrejebogEditor({ current, onDone }: { current: DrejebogSteps_DrejebogFragment; onDone: (published?: string) => void }) {
  const id = useId();
  const [restored] = useState(() => storedDraft(current.id));
  const [version, setVersion] = useState(restored?.version ?? '');
  // A draft kept before steps had codes or opsigelser reads as having none.
  const [steps, setSteps] = useState<DraftStep[]>(() => restored?.steps.map((s) => ({ ...s, code: s.code ?? '', opsigelseKind: s.opsigelseKind ?? '' })) ?? stepsOf(current));
  const [gates, setGates] = useState<DraftGate[]>(() => restored?.gates ?? gatesOf(current));
  const changeGate = (index: number, patch: Partial<DraftGate>) => setGates(gates.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  const untouched = JSON.stringify(toInput('', stepsOf(current), gatesOf(current)));
  const dirty = JSON.stringify(toInput(version, steps, gates)) !== untouched;
  useUnsavedChanges(dirty);
  useEffect(() => {
    if (dirty) keepDraft(current.id, { version, steps, gates });
    else forgetDraft(current.id);
  }, [dirty, version, steps, gates, current.id]);
  const phases = [...new Set(current.steps.map((s) => s.phase))];
  const client = useApolloClient();
  const [publish, { loading, error }] = useMutation(PublishDrejebog, { refetchQueries: ['DrejebogQuery'] });
  // The server's preview for exactly the draft shown; any edit asks for a new one before publishing.
  const [preview, setPreview] = useState<{ data: Preview; draft: string } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const summary = publishSummary(current, steps);
  const draftKey = JSON.stringify(toInput(version, steps, gates));
  const previewCurrent = preview?.draft === draftKey ? preview.data : null;

  const change = (index: number, patch: Partial<DraftStep>) => setSteps(steps.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  async function showPreview() {
    setPreviewError(null);
    try {
      const data = await previewOf(client, toInput(version, steps, gates));
      if (data) setPreview({ data, draft: draftKey });
    } catch (e) {
      setPreviewError(e);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!previewCurrent) return void showPreview();
    const ok = await publish({ variables: { input: toInput(version, steps, gates) } }).catch(() => null);
    if (ok?.data) {
      forgetDraft(current.id);
      onDone(`Version ${ok.data.publishDrejebog.version} er udgivet.`);
    }
  }

  return (
    <form onSubmit={submit} className="drejebog-editor" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Ny version af drejebogen</h2>
      {restored && (
        <p className="alert alert-info">
          <span className="alert-text">Din kladde er hentet frem igen. Den gemmes i denne browser, indtil du udgiver eller kasserer den.</span>
        </p>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-version`}>
          Versionsnummer
        </label>
        <span className="form-hint" id={`${id}-version-hint`}>
          Gældende version er {current.version}.
        </span>
        <input className="form-input" id={`${id}-version`} required aria-describedby={`${id}-version-hint`} value={version} onChange={(e) => setVersion(e.target.value)} />
      </div>
      <ol className="editor-steps no-max-width">
        {steps.map((step, index) => {
          const n = index + 1;
          return (
            <li key={step.key} className="editor-step">
              <fieldset>
                <legend>
                  Trin {n}
                  {step.id ? '' : ' (nyt)'}
                </legend>
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-${step.key}-title`}>
                    Titel på trin {n}
                  </label>
                  <input className="form-input" id={`${id}-${step.key}-title`} required maxLength={NAME_MAX} value={step.title} onChange={(e) => change(index, { title: e.target.value })} />
                </div>
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-${step.key}-code`}>
                    Kode for trin {n}
                  </label>
                  <span className="form-hint" id={`${id}-${step.key}-code-hint`}>
                    Fx KLIK 03. Valgfri, men skal være entydig i versionen.
                  </span>
                  <input
                    className="form-input input-width-s"
                    id={`${id}-${step.key}-code`}
                    maxLength={20}
                    aria-describedby={`${id}-${step.key}-code-hint`}
                    value={step.code}
                    onChange={(e) => change(index, { code: e.target.value })}
                  />
                </div>
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-${step.key}-phase`}>
                    Fase for trin {n}
                  </label>
                  <select
                    className="form-select"
                    id={`${id}-${step.key}-phase`}
                    value={phases.includes(step.phase) ? step.phase : NEW_PHASE}
                    onChange={(e) => change(index, { phase: e.target.value === NEW_PHASE ? '' : e.target.value })}
                  >
                    {phases.map((phase) => (
                      <option key={phase} value={phase}>
                        {phase}
                      </option>
                    ))}
                    <option value={NEW_PHASE}>Ny fase …</option>
                  </select>
                </div>
                {!phases.includes(step.phase) && (
                  <div className="form-group">
                    <label className="form-label" htmlFor={`${id}-${step.key}-newphase`}>
                      Navn på ny fase for trin {n}
                    </label>
                    <input className="form-input" id={`${id}-${step.key}-newphase`} required maxLength={NAME_MAX} value={step.phase} onChange={(e) => change(index, { phase: e.target.value })} />
                  </div>
                )}
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-${step.key}-type`}>
                    Type for trin {n}
                  </label>
                  <select className="form-select" id={`${id}-${step.key}-type`} value={step.type} onChange={(e) => change(index, { type: e.target.value as StepType })}>
                    {TYPES.map((t) => (
                      <option key={t} value={t}>
                        {stepTypeLabel[t]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-${step.key}-deadline`}>
                    Frist for trin {n}
                  </label>
                  <input className="form-input" type="date" id={`${id}-${step.key}-deadline`} value={step.deadline} onChange={(e) => change(index, { deadline: e.target.value })} />
                </div>
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-${step.key}-opsigelse`}>
                    Opsigelse, der fuldfører trin {n}
                  </label>
                  <span className="form-hint" id={`${id}-${step.key}-opsigelse-hint`}>
                    Når kommunen registrerer opsigelsen, bliver trinnet fuldført; trækkes den tilbage, bliver trinnet ikke påbegyndt igen.
                  </span>
                  <select
                    className="form-select"
                    id={`${id}-${step.key}-opsigelse`}
                    aria-describedby={`${id}-${step.key}-opsigelse-hint`}
                    value={step.opsigelseKind}
                    onChange={(e) => change(index, { opsigelseKind: e.target.value as OpsigelseKind | '' })}
                  >
                    <option value="">Ingen</option>
                    {Object.values(OpsigelseKind).map((kind) => (
                      <option key={kind} value={kind}>
                        {opsigelseKindLabel[kind]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-${step.key}-description`}>
                    Beskrivelse af trin {n}
                  </label>
                  <textarea className="form-input" id={`${id}-${step.key}-description`} rows={2} value={step.description} onChange={(e) => change(index, { description: e.target.value })} />
                </div>
                <div className="button-row">
                  <button type="button" className="button button-secondary button-small" disabled={index === 0} onClick={() => setSteps(move(steps, index, index - 1))}>
                    Flyt trin {n} op
                  </button>
                  <button type="button" className="button button-secondary button-small" disabled={index === steps.length - 1} onClick={() => setSteps(move(steps, index, index + 1))}>
                    Flyt trin {n} ned
                  </button>
                  <button type="button" className="button button-tertiary button-small" onClick={() => setSteps(steps.filter((_, i) => i !== index))}>
                    Fjern trin {n}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          setSteps([...steps, { key: `new-${nextKey++}`, id: null, phase: steps.at(-1)?.phase ?? '', title: '', description: '', type: StepType.MANDATORY, deadline: '', opsigelseKind: '', code: '' }])
        }
      >
        Tilføj trin
      </button>
      <fieldset className="editor-gates">
        <legend>Gates</legend>
        <p className="form-hint">
          En gate ligger et antal uger før bølgens idriftsættelse og er bestået, når det verificerende trin og alle forudsætningsopgaver er
          fuldført eller ikke relevante. Trinnene angives med deres kode.
        </p>
        {gates.map((gate, index) => {
          const g = `${id}-${gate.key}`;
          return (
            <div key={gate.key} className="editor-gate">
              <div className="form-group">
                <label className="form-label" htmlFor={`${g}-number`}>
                  Nummer på gate {index + 1}
                </label>
                <input className="form-input input-width-xs" id={`${g}-number`} type="number" min={1} required value={gate.number} onChange={(e) => changeGate(index, { number: e.target.value })} />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`${g}-name`}>
                  Navn på gate {index + 1}
                </label>
                <input className="form-input" id={`${g}-name`} required maxLength={200} value={gate.name} onChange={(e) => changeGate(index, { name: e.target.value })} />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`${g}-weeks`}>
                  Uger før idriftsættelse for gate {index + 1}
                </label>
                <input className="form-input input-width-xs" id={`${g}-weeks`} type="number" min={0} max={104} required value={gate.weeks} onChange={(e) => changeGate(index, { weeks: e.target.value })} />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`${g}-verification`}>
                  Verificerende trin (kode) for gate {index + 1}
                </label>
                <input className="form-input input-width-s" id={`${g}-verification`} required value={gate.verificationCode} onChange={(e) => changeGate(index, { verificationCode: e.target.value })} />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`${g}-prerequisites`}>
                  Forudsætningsopgaver (koder adskilt af komma) for gate {index + 1}
                </label>
                <input className="form-input" id={`${g}-prerequisites`} value={gate.prerequisiteCodes} onChange={(e) => changeGate(index, { prerequisiteCodes: e.target.value })} />
              </div>
              <button type="button" className="button button-tertiary button-small" onClick={() => setGates(gates.filter((_, i) => i !== index))}>
                Fjern gate {index + 1}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            setGates([
              ...gates,
              { key: `new-gate-${nextKey++}`, number: String(Math.max(0, ...gates.map((x) => Number(x.number) || 0)) + 1), name: '', weeks: '4', verificationCode: '', prerequisiteCodes: '' },
            ])
          }
        >
          Tilføj gate
        </button>
      </fieldset>
      <div className="alert alert-info publish-summary" aria-live="polite">
        {previewCurrent ? (
          <div className="alert-text">
            <p>
              <strong>Før udgivelse:</strong> {previewCurrent.answersCarriedOver} svar fra kommunerne følger med på {previewCurrent.stepsKept} trin.{' '}
              {count(previewCurrent.stepsAdded, 'nyt trin giver', 'nye trin giver')} {count(previewCurrent.answersNew, 'nyt svar', 'nye svar')} (Ikke
              påbegyndt). {previewCurrent.stepsRetired} trin udgår med {previewCurrent.answersRetired} svar, heraf {previewCurrent.answersRetiredWithWork},
              hvor kommunen var i gang, færdig eller havde taget stilling (de bevares i historikken).
            </p>
            {previewCurrent.retiredSteps.length > 0 && <p>Udgår: {previewCurrent.retiredSteps.map((s) => s.title).join('; ')}.</p>}
            {previewCurrent.kommunerTurningRed > 0 && (
              <p>
                <strong>
                  Udgivelsen gør {count(previewCurrent.kommunerTurningRed, 'kommune', 'kommuner')} rød med det samme: et obligatorisk trin på kritisk
                  vej får en frist, der allerede er overskredet.
                </strong>
              </p>
            )}
          </div>
        ) : (
          <p className="alert-text">
            Kladden beholder {summary.kept} trin, tilføjer {count(summary.added, 'nyt trin', 'nye trin')} og lader {summary.retired} trin udgå. Vis konsekvenserne for kommunernes svar, før du
            udgiver.
          </p>
        )}
      </div>
      <MutationError error={previewError} prefix="Kan ikke udgives sådan" />
      <MutationError error={error} prefix="Ikke udgivet" />
      <button type="button" className="button button-secondary" onClick={() => void showPreview()}>
        Vis konsekvenser
      </button>{' '}
      <button type="submit" className="button button-primary" disabled={loading || !previewCurrent}>
        Udgiv version
      </button>{' '}
      <button
        type="button"
        className="button button-tertiary"
        onClick={() => {
          if (!confirmLeaving()) return;
          forgetDraft(current.id);
          onDone();
        }}
      >
        Kassér kladden
      </button>
    </form>
  );
}
