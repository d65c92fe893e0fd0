import { useId, useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { graphql } from '../../__generated__';
import type { ImportOutcome, ImportPreview_PreviewFragment } from '../../__generated__/graphql';
import { errorMessage } from '../../apollo/errors';
import { MutationError } from '../../components/MutationError';
import { TableScroll } from '../../components/TableScroll';

// One upload: choose a file, see what every row would do, then apply all of it or nothing.

export const ImportPreviewFragment = graphql(`
  fragment ImportPreview_preview on ImportPreview {
    newCount
    changedCount
    unchangedCount
    errorCount
    rows {
      line
      outcome
      summary
      message
    }
    retiredSteps {
      id
      number
      title
    }
  }
`);

/** The decoded file may be at most this big (the server says the same). */
export const MAX_FILE_BYTES = 1_000_000;

export const outcomeLabel: Record<ImportOutcome, string> = {
  NEW: 'Ny',
  CHANGED: 'Ændres',
  UNCHANGED: 'Uændret',
  ERROR: 'Fejl',
};

type FileVariables = { fileBase64: string; fileName: string; version?: string };

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('Filen kunne ikke læses.'));
    reader.readAsDataURL(file);
  });
}

export function PreviewTable({ preview }: { preview: ImportPreview_PreviewFragment }) {
  return (
    <>
      <p role="status">
        {preview.newCount} {preview.newCount === 1 ? 'ny' : 'nye'} · {preview.changedCount} ændres · {preview.unchangedCount}{' '}
        {preview.unchangedCount === 1 ? 'uændret' : 'uændrede'} · <strong>{preview.errorCount} med fejl</strong>
      </p>
      {preview.retiredSteps.length > 0 && (
        <p>
          Disse trin er ikke med i filen og udgår (svarene gemmes som historik):{' '}
          {preview.retiredSteps.map((s) => `${s.number}. ${s.title}`).join('; ')}.
        </p>
      )}
      <TableScroll label="Hvad hver række i filen vil gøre">
        <table className="table table--compact table--zebra import-preview">
          <caption className="sr-only">Hvad hver række i filen vil gøre</caption>
          <thead>
            <tr>
              <th scope="col">Linje</th>
              <th scope="col">Udfald</th>
              <th scope="col">Række</th>
              <th scope="col">Bemærkning</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line} className={`import-row import-row--${row.outcome.toLowerCase()}`}>
                <td>{row.line}</td>
                <td>{row.outcome === 'ERROR' ? <strong>{outcomeLabel[row.outcome]}</strong> : outcomeLabel[row.outcome]}</td>
                <td>{row.summary}</td>
                <td>{row.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

interface Props<P, A, V extends FileVariables> {
  /** Names the upload in headings and buttons, e.g. "opsigelser". */
  what: string;
  preview: TypedDocumentNode<P, V>;
  apply: TypedDocumentNode<A, V>;
  pickPreview: (data: P) => ImportPreview_PreviewFragment;
  /** A sentence saying what was stored. */
  describeResult: (data: A) => string;
  /** Drejebog uploads publish under a version label. */
  needsVersion?: boolean;
}

export function SpreadsheetUpload<P, A, V extends FileVariables>({ what, preview, apply, pickPreview, describeResult, needsVersion }: Props<P, A, V>) {
  const id = useId();
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [version, setVersion] = useState('');
  const [shown, setShown] = useState<{ variables: V; preview: ImportPreview_PreviewFragment } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function showPreview(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    setShown(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem(new Error(`Filen er for stor: højst ${MAX_FILE_BYTES / 1_000_000} MB.`));
      return;
    }
    setBusy(true);
    try {
      // The drejebog's documents take the version too; the others take only the file.
      const variables = { fileBase64: await readAsBase64(file), fileName: file.name, ...(needsVersion ? { version: version.trim() } : {}) } as V;
      const result = await client.query({ query: preview, variables, fetchPolicy: 'no-cache' });
      if (result.error) throw result.error;
      setShown({ variables, preview: pickPreview(result.data as P) });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  async function applyFile() {
    if (!shown) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await client.mutate({ mutation: apply, variables: shown.variables });
      if (result.error) throw result.error;
      setDone(describeResult(result.data as A));
      setShown(null);
      setFile(null);
      await client.refetchQueries({ include: 'active' });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={showPreview} className="spreadsheet-upload" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="sr-only">
        Indlæs {what}
      </h3>
      {needsVersion && (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-version`}>
            Versionsnummer
          </label>
          <span className="form-hint" id={`${id}-version-hint`}>
            Fx "1.2", som KOMBIT's egen drejebog er nummereret.
          </span>
          <input
            className="form-input input-width-xs"
            id={`${id}-version`}
            aria-describedby={`${id}-version-hint`}
            required
            maxLength={50}
            value={version}
            onChange={(e) => setVersion(e.target.value)}
          />
        </div>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-file`}>
          Regneark med {what} (.xlsx eller .csv)
        </label>
        <span className="form-hint" id={`${id}-file-hint`}>
          Højst 1 MB. Første række er overskrifter.
        </span>
        <input
          className="form-input"
          id={`${id}-file`}
          type="file"
          required
          aria-describedby={`${id}-file-hint`}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setShown(null);
            setDone(null);
          }}
        />
      </div>
      <button className="button button-secondary" disabled={busy || !file}>
        Vis hvad filen vil ændre
      </button>
      <MutationError error={problem} describe={(error) => (error instanceof Error && !('errors' in error) ? error.message : errorMessage(error))} />
      {done && (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{done}</p>
        </div>
      )}
      {shown && (
        <section aria-label={`Forhåndsvisning af ${what}`} className="import-preview-section">
          <PreviewTable preview={shown.preview} />
          {shown.preview.errorCount > 0 ? (
            <p className="alert alert-warning">
              <span className="alert-text">Ret rækkerne med fejl i regnearket og indlæs det igen. Intet er gemt.</span>
            </p>
          ) : shown.preview.newCount + shown.preview.changedCount + shown.preview.retiredSteps.length === 0 && !needsVersion ? (
            <p>Filen ændrer ingenting.</p>
          ) : (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void applyFile()}>
              {needsVersion ? `Udgiv version ${shown.variables.version}` : `Gem alle ${shown.preview.newCount + shown.preview.changedCount} ændringer`}
            </button>
          )}
        </section>
      )}
    </form>
  );
}
