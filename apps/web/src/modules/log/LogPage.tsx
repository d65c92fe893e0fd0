import { usePageTitle } from '../../components/status';

export function LogPage() {
  usePageTitle('Log');
  return (
    <>
      <h1>Log</h1>
      <p>Revisionssporet vises her: hvem ændrede hvad og hvornår.</p>
    </>
  );
}
