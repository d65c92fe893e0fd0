import { DUE_SOON_DAYS, opsigelseKindLabel, OpsigelseKind, stepTypeLabel, TrafficLight, trafficLightLabel } from '@udfasning/domain';
import type { AttentionStepRow } from '../checklist/checklist.queries.js';
import type { GateLine, KommuneStatus, SummaryStatus } from './status-mail.queries.js';

// The weekly status mail's words, in Danish, as plain text and as HTML. The HTML is a plain document
// (lang="da", headings, tables with header cells) in black on white; a colour never carries meaning alone.

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-12-01" → "1. december 2026". */
export function danishDate(day: string): string {
  return dateFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "2026-W49" → "uge 49, 2026". */
export function weekLabel(week: string): string {
  const [year, number] = week.split('-W');
  return `uge ${Number(number)}, ${year}`;
}

const TRAFFIC_LIGHT_REASON: Record<TrafficLight, string> = {
  [TrafficLight.RED]: 'mindst ét trin på kritisk vej har overskredet sin frist',
  [TrafficLight.YELLOW]: `mindst ét trin har overskredet sin frist eller har frist inden for ${DUE_SOON_DAYS} dage`,
  [TrafficLight.GREEN]: 'kommunen følger planen',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const h = escapeHtml;

function stepLine(step: AttentionStepRow): string {
  return `Trin ${step.number}: ${step.title} (frist ${danishDate(step.deadline)}; ${stepTypeLabel[step.type]})`;
}

function stepTable(caption: string, steps: AttentionStepRow[]): string {
  const rows = steps
    .map(
      (s) =>
        `<tr><th scope="row">Trin ${s.number}</th><td>${h(s.title)}</td><td>${danishDate(s.deadline)}</td><td>${h(stepTypeLabel[s.type])}</td></tr>`,
    )
    .join('\n');
  return `<table style="border-collapse:collapse" cellpadding="6" border="1">
<caption style="text-align:left;font-weight:bold;padding:4px 0">${h(caption)}</caption>
<thead><tr><th scope="col">Trin</th><th scope="col">Titel</th><th scope="col">Frist</th><th scope="col">Type</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** Why the kommune has its colour; red names both causes when both hold (overdue critical steps, missed gates). */
function reasonOf(status: KommuneStatus): string {
  if (status.trafficLight !== TrafficLight.RED || !status.gates.some((g) => g.missed)) return TRAFFIC_LIGHT_REASON[status.trafficLight];
  const missedGate = 'mindst én gate er overskredet';
  return status.overdue.some((s) => s.critical) ? `${TRAFFIC_LIGHT_REASON[TrafficLight.RED]}, og ${missedGate}` : missedGate;
}

/** "Gate 1 Bekræft kontaktperson, 1. december 2026: overskredet". */
function gateLine(gate: GateLine): string {
  return `Gate ${gate.number} ${gate.name}, ${danishDate(gate.deadline)}: ${gate.missed ? 'overskredet' : 'forfalder snart'}`;
}

/** Why a red kommune is red: its overdue critical-path steps and its missed gates. */
function redReasons(r: SummaryStatus['red'][number]): string[] {
  return [
    ...r.steps.map((s) => `trin ${s.number} "${s.title}" (frist ${danishDate(s.deadline)})`),
    ...r.gates.map((g) => `gate ${g.number} "${g.name}" (${danishDate(g.deadline)})`),
  ];
}

function document(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
</head>
<body style="margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<main>
${body}
</main>
</body>
</html>
`;
}

const LINK_STYLE = 'color:#004993;text-decoration:underline';

/** One kommune's weekly status for its contact persons. */
export function renderKommuneMail(status: KommuneStatus, week: string, publicUrl: string): RenderedMail {
  const light = trafficLightLabel[status.trafficLight];
  const subject = `Status for ${status.officialName}, ${weekLabel(week)}: trafiklys ${light.toLowerCase()}`;
  const url = `${publicUrl}/kommuner/${status.code}`;
  const progress = `${status.finished} af ${status.total} trin fuldført eller ikke relevante`;
  const trafficLight = `Trafiklys: ${light} – ${reasonOf(status)}.`;
  const missing = status.missingOpsigelser.map((k) => opsigelseKindLabel[k]);
  const missingGates = status.gates.filter((g) => g.missed);
  const dueGates = status.gates.filter((g) => !g.missed);

  const text: string[] = [
    `Ugentlig status for udfasningen af KMD Sag i ${status.officialName}, ${weekLabel(week)}.`,
    '',
    trafficLight,
    `Fremdrift: ${progress}.`,
    '',
  ];
  if (status.gates.length > 0) {
    text.push('Gates:');
    for (const g of [...missingGates, ...dueGates]) text.push(`- ${gateLine(g)}`);
    text.push('');
  }
  text.push(status.overdue.length > 0 ? `Trin med overskredet frist (${status.overdue.length}):` : 'Ingen trin har overskredet deres frist.');
  for (const s of status.overdue) text.push(`- ${stepLine(s)}`);
  text.push('');
  text.push(
    status.dueSoon.length > 0
      ? `Trin med frist inden for ${DUE_SOON_DAYS} dage (${status.dueSoon.length}):`
      : `Ingen trin har frist inden for ${DUE_SOON_DAYS} dage.`,
  );
  for (const s of status.dueSoon) text.push(`- ${stepLine(s)}`);
  text.push('');
  if (missing.length > 0) {
    text.push('Opsigelser, der endnu ikke er registreret:');
    for (const m of missing) text.push(`- ${m}`);
  } else {
    text.push('Begge opsigelser (aftalen om KMD Sag og de manuelle sager) er registreret.');
  }
  text.push('', `Se og opdatér kommunens tjekliste: ${url}`, '', FOOTER_TEXT);

  const html: string[] = [
    `<h1 style="font-size:24px">Status for ${h(status.officialName)}, ${h(weekLabel(week))}</h1>`,
    `<p>Ugentlig status for udfasningen af KMD Sag.</p>`,
    `<p><strong>${h(trafficLight)}</strong></p>`,
    `<p>Fremdrift: ${h(progress)}.</p>`,
  ];
  if (status.gates.length > 0) {
    html.push('<h2 style="font-size:20px">Gates</h2>', `<ul>${[...missingGates, ...dueGates].map((g) => `<li>${h(gateLine(g))}</li>`).join('')}</ul>`);
  }
  html.push('<h2 style="font-size:20px">Trin med overskredet frist</h2>');
  html.push(status.overdue.length > 0 ? stepTable(`Trin med overskredet frist (${status.overdue.length})`, status.overdue) : '<p>Ingen trin har overskredet deres frist.</p>');
  html.push(`<h2 style="font-size:20px">Trin med frist inden for ${DUE_SOON_DAYS} dage</h2>`);
  html.push(
    status.dueSoon.length > 0
      ? stepTable(`Trin med frist inden for ${DUE_SOON_DAYS} dage (${status.dueSoon.length})`, status.dueSoon)
      : `<p>Ingen trin har frist inden for ${DUE_SOON_DAYS} dage.</p>`,
  );
  html.push('<h2 style="font-size:20px">Opsigelser</h2>');
  html.push(
    missing.length > 0
      ? `<p>Endnu ikke registreret:</p><ul>${missing.map((m) => `<li>${h(m)}</li>`).join('')}</ul>`
      : '<p>Begge opsigelser (aftalen om KMD Sag og de manuelle sager) er registreret.</p>',
  );
  html.push(`<p><a href="${h(url)}" style="${LINK_STYLE}">Se og opdatér ${h(status.officialName)}s tjekliste</a></p>`);
  html.push(`<p style="font-size:14px">${h(FOOTER_TEXT)}</p>`);

  return { subject, text: text.join('\n'), html: document(subject, html.join('\n')) };
}

const FOOTER_TEXT =
  'Du får denne mail, fordi du er kontaktperson for udfasningen af KMD Sag. ' +
  'Ønsker du den ikke længere, kan kommunens kontaktperson eller KOMBIT fjerne markeringen "Modtager ugentlig status" ved dit navn.';

/** KOMBIT's weekly summary across all kommuner. */
export function renderSummaryMail(summary: SummaryStatus, week: string, publicUrl: string): RenderedMail {
  const n = summary.kommuneCount;
  const agreement = summary.terminated[OpsigelseKind.KMD_SAG_AGREEMENT];
  const manual = summary.terminated[OpsigelseKind.MANUAL_CASES];
  const subject = `Ugestatus for udfasningen af KMD Sag, ${weekLabel(week)}: ${agreement} af ${n} har opsagt aftalen`;
  const lights = summary.trafficLights;
  const lightLines = [
    `Rød: ${lights.red} ${lights.red === 1 ? 'kommune' : 'kommuner'}`,
    `Gul: ${lights.yellow} ${lights.yellow === 1 ? 'kommune' : 'kommuner'}`,
    `Grøn: ${lights.green} ${lights.green === 1 ? 'kommune' : 'kommuner'}`,
  ];
  const opsigelseLines = [
    `${opsigelseKindLabel[OpsigelseKind.KMD_SAG_AGREEMENT]}: ${agreement} af ${n} har opsagt`,
    `${opsigelseKindLabel[OpsigelseKind.MANUAL_CASES]}: ${manual} af ${n} har opsagt`,
  ];
  const redLine = (r: SummaryStatus['red'][number]) => `${r.officialName}: ${redReasons(r).join('; ')}`;
  const missingTitle: Record<OpsigelseKind, string> = {
    [OpsigelseKind.KMD_SAG_AGREEMENT]: 'Har ikke opsagt aftalen om KMD Sag',
    [OpsigelseKind.MANUAL_CASES]: 'Har ikke opsagt de manuelle sager',
  };

  const text: string[] = [`Ugentlig status for udfasningen af KMD Sag, ${weekLabel(week)}.`, '', 'Opsigelser:'];
  for (const l of opsigelseLines) text.push(`- ${l}`);
  text.push('', 'Kommuner pr. trafiklys:');
  for (const l of lightLines) text.push(`- ${l}`);
  text.push('');
  if (summary.red.length > 0) {
    text.push('Røde kommuner og hvorfor (trin på kritisk vej med overskredet frist, overskredne gates):');
    for (const r of summary.red) text.push(`- ${redLine(r)}`);
  } else {
    text.push('Ingen kommuner er røde.');
  }
  for (const kind of Object.values(OpsigelseKind)) {
    const list = summary.missing[kind];
    text.push('', `${missingTitle[kind]} (${list.length}):`);
    text.push(list.length > 0 ? list.map((k) => k.officialName).join(', ') : 'Alle har opsagt.');
  }
  text.push('', `Overblik: ${publicUrl}/`);

  const html: string[] = [
    `<h1 style="font-size:24px">Ugestatus for udfasningen af KMD Sag, ${h(weekLabel(week))}</h1>`,
    '<h2 style="font-size:20px">Opsigelser</h2>',
    `<ul>${opsigelseLines.map((l) => `<li>${h(l)}</li>`).join('')}</ul>`,
    '<h2 style="font-size:20px">Kommuner pr. trafiklys</h2>',
    `<ul>${lightLines.map((l) => `<li>${h(l)}</li>`).join('')}</ul>`,
    '<h2 style="font-size:20px">Røde kommuner og hvorfor</h2>',
    summary.red.length > 0
      ? `<table style="border-collapse:collapse" cellpadding="6" border="1">
<caption style="text-align:left;font-weight:bold;padding:4px 0">Trin på kritisk vej med overskredet frist og overskredne gates</caption>
<thead><tr><th scope="col">Kommune</th><th scope="col">Hvorfor</th></tr></thead>
<tbody>
${summary.red
  .map(
    (r) =>
      `<tr><th scope="row">${h(r.officialName)}</th><td>${redReasons(r).map((reason) => h(reason[0].toUpperCase() + reason.slice(1))).join('<br>')}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`
      : '<p>Ingen kommuner er røde.</p>',
  ];
  for (const kind of Object.values(OpsigelseKind)) {
    const list = summary.missing[kind];
    html.push(`<h2 style="font-size:20px">${h(missingTitle[kind])} (${list.length})</h2>`);
    html.push(list.length > 0 ? `<ul>${list.map((k) => `<li>${h(k.officialName)}</li>`).join('')}</ul>` : '<p>Alle har opsagt.</p>');
  }
  html.push(`<p><a href="${h(publicUrl)}/" style="${LINK_STYLE}">Åbn Overblik</a></p>`);

  return { subject, text: text.join('\n'), html: document(subject, html.join('\n')) };
}
