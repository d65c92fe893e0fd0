import { useEffect, useMemo, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { formatDate } from '../../components/format';

// The legend is HTML beside the canvas (readable, printable); the tables carry the exact numbers.
// Chart.js itself (chart-js.ts, its own chunk, about a quarter of the page's JavaScript) is not part of the first view:
// it is fetched once the page has painted its numbers and the browser is idle, and only for a chart whose box is
// within 200 px of the screen (or when the page is printed). It paints into a box whose size is fixed from the
// start, so the page is laid out once and the numbers above the charts never wait for it.
const loadChartJs = () => import('./chart-js').then((m) => m.Chart);

/** Resolves when `element` is within 200 px of the viewport, or when the page is about to print. */
function nearScreen(element: Element, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), { rootMargin: '200px 0px' });
    const done = () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', done);
      if (!signal.aborted) resolve();
    };
    observer.observe(element);
    window.addEventListener('beforeprint', done);
    signal.addEventListener('abort', done);
  });
}

/** Resolves after the next frame has been painted and the main thread is idle (at the latest after 2 s). */
function afterFirstPaint(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        const idle = () => !signal.aborted && resolve();
        if ('requestIdleCallback' in window) requestIdleCallback(idle, { timeout: 2000 });
        else setTimeout(idle, 200);
      }),
    );
  });
}

const COLORS = { done: '#358000', started: '#ffbb16', notStarted: '#747474', notApplicable: '#0059b3', agreement: '#004993', manual: '#b8006b' };

/** A thin React wrapper: one canvas, one Chart, destroyed with the component. */
interface LegendEntry {
  label: string;
  color: string;
  dashed?: boolean;
}

function ChartCanvas({ config, label, height, legend }: { config: ChartConfiguration; label: string; height: number; legend: LegendEntry[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    const gone = new AbortController();
    void afterFirstPaint(gone.signal)
      .then(() => nearScreen(canvas.current!, gone.signal))
      .then(loadChartJs)
      .then((Chart) => {
        if (!gone.signal.aborted && canvas.current) chart = new Chart(canvas.current, config);
      });
    return () => {
      gone.abort();
      chart?.destroy();
    };
  }, [config]);
  return (
    <figure className="chart-figure">
      <ul className="chart-legend" aria-label="Signaturforklaring">
        {legend.map((entry) => (
          <li key={entry.label}>
            <span aria-hidden="true" className={`chart-swatch${entry.dashed ? ' chart-swatch--dashed' : ''}`} style={{ background: entry.dashed ? 'transparent' : entry.color, borderColor: entry.color }} />
            {entry.label}
          </li>
        ))}
      </ul>
      <div className="chart" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
    </figure>
  );
}

interface Point {
  date: string;
  count: number;
}

const DAY = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

const series = (points: Point[]) => points.map((p) => ({ x: toMs(p.date), y: p.count }));
const last = (points: Point[]) => points.at(-1)?.count ?? 0;

export function OpsigelseChart({ agreement, manual, total }: { agreement: Point[]; manual: Point[]; total: number }) {
  // Redrawn only when the numbers change, not on every render of the page.
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        datasets: [
          { label: 'Aftale om KMD Sag', data: series(agreement), borderColor: COLORS.agreement, backgroundColor: COLORS.agreement, stepped: true, pointRadius: 2 },
          { label: 'Manuelle sager', data: series(manual), borderColor: COLORS.manual, backgroundColor: COLORS.manual, stepped: true, pointRadius: 2, borderDash: [6, 3] },
        ],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { type: 'linear', ticks: { callback: (value) => formatDate(new Date(Number(value)).toISOString()), maxTicksLimit: 8 }, grace: DAY },
          y: { min: 0, max: total, title: { display: true, text: 'Kommuner' } },
        },
      },
    }),
    [agreement, manual, total],
  );
  return (
    <ChartCanvas
      config={config}
      height={300}
      legend={[
        { label: 'Aftale om KMD Sag', color: COLORS.agreement },
        { label: 'Manuelle sager', color: COLORS.manual, dashed: true },
      ]}
      label={`Kurve over opsigelser i alt over tid. Aftale om KMD Sag: ${last(agreement)} af ${total}. Manuelle sager: ${last(manual)} af ${total}. Se tabellen nedenfor.`}
    />
  );
}

interface StepRow {
  step: { number: number; title: string };
  done: number;
  started: number;
  notStarted: number;
  notApplicable: number;
}

/** A label as lines of at most `width` characters, broken between words. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function StepProgressChart({ rows }: { rows: StepRow[] }) {
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        // Whole titles on as many lines as they need: a cut label hides which step a bar is.
        labels: rows.map((r) => wrapLabel(`${r.step.number}. ${r.step.title}`, 26)),
        datasets: [
          { label: 'Fuldført', data: rows.map((r) => r.done), backgroundColor: COLORS.done },
          { label: 'Påbegyndt', data: rows.map((r) => r.started), backgroundColor: COLORS.started },
          { label: 'Ikke påbegyndt', data: rows.map((r) => r.notStarted), backgroundColor: COLORS.notStarted },
          { label: 'Ikke relevant', data: rows.map((r) => r.notApplicable), backgroundColor: COLORS.notApplicable },
        ],
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true, min: 0, title: { display: true, text: 'Kommuner' } }, y: { stacked: true } },
      },
    }),
    [rows],
  );
  return (
    <ChartCanvas
      config={config}
      height={Math.max(200, rows.length * 48 + 80)}
      legend={[
        { label: 'Fuldført', color: COLORS.done },
        { label: 'Påbegyndt', color: COLORS.started },
        { label: 'Ikke påbegyndt', color: COLORS.notStarted },
        { label: 'Ikke relevant', color: COLORS.notApplicable },
      ]}
      label="Stablet søjlediagram: antal kommuner pr. trin, der har fuldført, påbegyndt, ikke påbegyndt eller fundet trinnet ikke relevant. Se tabellen nedenfor."
    />
  );
}
