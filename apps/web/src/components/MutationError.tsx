import { errorMessage } from '../apollo/errors';

/**
 * The alert a form shows when its mutation failed, e.g. "Ikke gemt: …". Renders nothing without an
 * error. `describe` turns the error into a sentence where a form knows better than `errorMessage`.
 */
export function MutationError({ error, prefix, describe = errorMessage }: { error: unknown; prefix?: string; describe?: (error: unknown) => string }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-text">
        {prefix ? `${prefix}: ` : ''}
        {describe(error)}
      </p>
    </div>
  );
}
