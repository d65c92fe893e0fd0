import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';

// Until KOMBIT publishes its own drejebog, the bundled template must not pass for the real one.

const ExampleDrejebogQuery = graphql(`
  query ExampleDrejebogQuery {
    drejebog {
      id
      version
      isExample
    }
  }
`);

export function ExampleDrejebogText({ admin }: { admin: boolean }) {
  return (
    <div className="alert alert-warning example-drejebog" role="note" aria-label="Eksempel på drejebog">
      <div className="alert-body">
        <p className="alert-heading">Eksempel – ikke KOMBIT's drejebog</p>
        <p className="alert-text">
          Trinnene er et eksempel bygget på offentligt kendte fakta om KMD Sag exit, ikke "Drejebog for KMD Sag" fra KOMBIT og KMD.
          Eksemplet gælder, indtil KOMBIT udgiver sin egen drejebog
          {admin ? (
            <>
              {' '}
              (<Link to="/indlaes#drejebog-upload">indlæs den som regneark</Link>)
            </>
          ) : null}
          .
        </p>
      </div>
    </div>
  );
}

/**
 * Whether the current drejebog is the bundled example, for the notice on every tjekliste. The kommune page
 * waits for it together with its own data: a notice arriving after the checklist would push the checklist
 * down under the reader's pointer.
 */
export function useExampleDrejebog(): { isExample: boolean; loading: boolean } {
  const { data, loading } = useQuery(ExampleDrejebogQuery);
  return { isExample: data?.drejebog.isExample ?? false, loading: loading && !data };
}
