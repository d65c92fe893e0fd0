// Links to the server's file downloads (/export/…): the server builds the .xlsx, so the spreadsheet library
// stays out of the web bundle. The session cookie goes with the request like any other.

export function DownloadLinks({ path, what, query }: { path: string; what: string; query?: string }) {
  const suffix = query ? `?${query}` : '';
  return (
    <p className="download-links d-print-none">
      Hent {what.charAt(0).toLowerCase() + what.slice(1)} som{' '}
      <a href={`${path}.xlsx${suffix}`} download>
        Excel (.xlsx)
      </a>{' '}
      eller{' '}
      <a href={`${path}.csv${suffix}`} download>
        CSV
      </a>
    </p>
  );
}
