import { Link } from 'react-router';
import { usePageTitle } from '../../components/status';
import { useCurrentUser } from '../auth/current-user';
import { ContactUpload, DrejebogUpload, OpsigelseUpload } from './uploads';

/** KOMBIT brings the programme's real state in from its spreadsheets. */
export function ImportPage() {
  usePageTitle('Indlæs regneark');
  const user = useCurrentUser();
  if (user.role !== 'ADMIN') {
    return (
      <>
        <h1>Indlæs regneark</h1>
        <p>Kun KOMBIT kan indlæse regneark.</p>
      </>
    );
  }
  return (
    <>
      <h1>Indlæs regneark</h1>
      <p>
        Indlæs KOMBIT's egne regneark (.xlsx eller .csv). Du ser først, hvad hver række vil gøre: ny, ændres, uændret eller fejl
        med grunden. Derefter gemmes alle rækker eller ingen, og hver ændring skrives i loggen.
      </p>
      <section aria-labelledby="opsigelser-upload">
        <h2 id="opsigelser-upload">Opsigelser</h2>
        <p>
          Kolonner: <strong>Kommune</strong> (kode eller navn), <strong>Opsigelse</strong> ("Aftale om KMD Sag" eller "Manuelle
          sager"), <strong>Dato</strong> og eventuelt <strong>Note</strong>. En kommunes opsigelse af samme slags får den nye dato.
        </p>
        <OpsigelseUpload />
      </section>
      <section aria-labelledby="kontakter-upload">
        <h2 id="kontakter-upload">Kontaktpersoner</h2>
        <p>
          Kolonner: <strong>Kommune</strong>, <strong>Navn</strong>, <strong>E-mail</strong> og eventuelt <strong>Telefon</strong> og{' '}
          <strong>Rolle</strong> (en af rollerne på <Link to="/brugere#kontaktroller">listen over kontaktroller</Link>). En person
          kendes på kommune og e-mail; kontaktpersoner, der ikke står i filen, bliver ikke rørt.
        </p>
        <ContactUpload />
      </section>
      <section aria-labelledby="drejebog-upload">
        <h2 id="drejebog-upload">Drejebog</h2>
        <p>
          Kolonner: <strong>Kode</strong> (fx "KLIK 03"), <strong>Fase</strong>, <strong>Titel</strong>, <strong>Beskrivelse</strong>,{' '}
          <strong>Type</strong> ("Obligatorisk", "Obligatorisk på kritisk vej" eller "Anbefalet") og <strong>Frist</strong>. Ét trin
          pr. række i rækkefølge. Et trin med samme kode (eller titel) som i den gældende drejebog beholder kommunernes svar. Filen
          udgives som en ny version af <Link to="/drejebog">drejebogen</Link>.
        </p>
        <DrejebogUpload />
      </section>
    </>
  );
}
