import { graphql } from '../../__generated__';
import { SpreadsheetUpload } from './SpreadsheetUpload';

// The three uploads KOMBIT uses, each a preview query and an apply mutation.

const PreviewOpsigelseImport = graphql(`
  query PreviewOpsigelseImport($fileBase64: String!, $fileName: String!) {
    previewOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {
      ...ImportPreview_preview
    }
  }
`);
const ApplyOpsigelseImport = graphql(`
  mutation ApplyOpsigelseImport($fileBase64: String!, $fileName: String!) {
    applyOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {
      created
      changed
      unchanged
    }
  }
`);
const PreviewContactImport = graphql(`
  query PreviewContactImport($fileBase64: String!, $fileName: String!) {
    previewContactImport(fileBase64: $fileBase64, fileName: $fileName) {
      ...ImportPreview_preview
    }
  }
`);
const ApplyContactImport = graphql(`
  mutation ApplyContactImport($fileBase64: String!, $fileName: String!) {
    applyContactImport(fileBase64: $fileBase64, fileName: $fileName) {
      created
      changed
      unchanged
    }
  }
`);
const PreviewDrejebogImport = graphql(`
  query PreviewDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {
    previewDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {
      ...ImportPreview_preview
    }
  }
`);
const ApplyDrejebogImport = graphql(`
  mutation ApplyDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {
    applyDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {
      id
      version
      isCurrent
      isExample
    }
  }
`);

const stored = (r: { created: number; changed: number; unchanged: number }) =>
  `Gemt: ${r.created} nye, ${r.changed} ændrede, ${r.unchanged} uændrede.`;

export function OpsigelseUpload() {
  return (
    <SpreadsheetUpload
      what="opsigelser"
      preview={PreviewOpsigelseImport}
      apply={ApplyOpsigelseImport}
      pickPreview={(d) => d.previewOpsigelseImport}
      describeResult={(d) => stored(d.applyOpsigelseImport)}
    />
  );
}

export function ContactUpload() {
  return (
    <SpreadsheetUpload
      what="kontaktpersoner"
      preview={PreviewContactImport}
      apply={ApplyContactImport}
      pickPreview={(d) => d.previewContactImport}
      describeResult={(d) => stored(d.applyContactImport)}
    />
  );
}

export function DrejebogUpload() {
  return (
    <SpreadsheetUpload
      what="drejebogens trin"
      preview={PreviewDrejebogImport}
      apply={ApplyDrejebogImport}
      pickPreview={(d) => d.previewDrejebogImport}
      describeResult={(d) => `Version ${d.applyDrejebogImport.version} er udgivet og gælder nu for alle kommuner.`}
      needsVersion
    />
  );
}
