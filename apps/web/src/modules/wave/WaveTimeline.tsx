import { formatDate } from '../../components/format';

// The wave plan as a timeline in plain SVG: one row per wave with its phase windows, kick-off and go-live,
// and a line for today. The table beside it (WavePlanTable) says the same in words.

export interface TimelineWave {
  id: string;
  name: string;
  goLive: string;
  kickOff: string | null;
  windows: readonly { phase: string; start: string; end: string }[];
}

const DAY = 86_400_000;
const ROW = 34;
const LABEL = 110;
const WIDTH = 900;
const TOP = 28;

function time(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The months between two days, for the axis. */
function months(from: number, to: number): { at: number; label: string }[] {
  const format = new Intl.DateTimeFormat('da-DK', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const result: { at: number; label: string }[] = [];
  const d = new Date(from);
  let cursor = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  while (cursor <= to) {
    result.push({ at: cursor, label: format.format(new Date(cursor)) });
    const c = new Date(cursor);
    cursor = Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + 1, 1);
  }
  return result;
}

/** A stable colour class per phase, in the order phases are given. */
export function phaseClass(phases: readonly string[], phase: string): string {
  const index = phases.indexOf(phase);
  return `timeline-phase timeline-phase--${index < 0 ? 'other' : index % 6}`;
}

export function WaveTimeline({ waves, phases, today }: { waves: readonly TimelineWave[]; phases: readonly string[]; today: string }) {
  const days = waves.flatMap((w) => [w.goLive, ...(w.kickOff ? [w.kickOff] : []), ...w.windows.flatMap((x) => [x.start, x.end])]);
  if (waves.length === 0) return null;
  const from = Math.min(...days.map(time), time(today)) - 7 * DAY;
  const to = Math.max(...days.map(time), time(today)) + 7 * DAY;
  const x = (day: string | number) => LABEL + ((typeof day === 'number' ? day : time(day)) - from) / (to - from) * (WIDTH - LABEL - 10);
  const height = TOP + waves.length * ROW + 10;
  const todayX = x(today);
  return (
    <figure className="wave-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="wave-timeline-title"
        preserveAspectRatio="xMinYMin meet"
        className="wave-timeline-svg"
      >
        <title id="wave-timeline-title">
          Bølgeplanen som tidslinje: {waves.map((w) => `${w.name} idriftsættes ${formatDate(w.goLive)}`).join('; ')}. Samme oplysninger står i
          tabellen herunder.
        </title>
        {months(from, to).map((m) => (
          <g key={m.at}>
            <line x1={x(m.at)} x2={x(m.at)} y1={TOP - 6} y2={height - 6} className="timeline-grid" />
            <text x={x(m.at) + 2} y={TOP - 10} className="timeline-axis">
              {m.label}
            </text>
          </g>
        ))}
        {waves.map((wave, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={wave.id}>
              <text x={0} y={y + ROW / 2 + 4} className="timeline-label">
                {wave.name}
              </text>
              {wave.windows.map((w) => (
                <rect
                  key={w.phase}
                  x={x(w.start)}
                  y={y + 6}
                  width={Math.max(2, x(w.end) + (x(1) - x(0)) * DAY - x(w.start))}
                  height={ROW - 12}
                  rx={3}
                  className={phaseClass(phases, w.phase)}
                >
                  <title>
                    {w.phase}: {formatDate(w.start)} – {formatDate(w.end)}
                  </title>
                </rect>
              ))}
              {wave.kickOff && (
                <circle cx={x(wave.kickOff)} cy={y + ROW / 2} r={5} className="timeline-kickoff">
                  <title>Kick-off {formatDate(wave.kickOff)}</title>
                </circle>
              )}
              <path
                d={`M ${x(wave.goLive)} ${y + 5} l 7 ${ROW / 2 - 5} l -7 ${ROW / 2 - 5} l -7 ${-(ROW / 2 - 5)} z`}
                className="timeline-golive"
              >
                <title>Idriftsættelse {formatDate(wave.goLive)}</title>
              </path>
            </g>
          );
        })}
        <line x1={todayX} x2={todayX} y1={TOP - 6} y2={height - 4} className="timeline-today" />
        <text x={todayX + 3} y={height - 6} className="timeline-today-label">
          I dag
        </text>
      </svg>
      <figcaption className="timeline-legend">
        {phases.map((phase) => (
          <span key={phase} className="timeline-legend-item">
            <svg width="14" height="10" aria-hidden="true">
              <rect width="14" height="10" rx="2" className={phaseClass(phases, phase)} />
            </svg>{' '}
            {phase}
          </span>
        ))}
        <span className="timeline-legend-item">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" className="timeline-kickoff" />
          </svg>{' '}
          Kick-off
        </span>
        <span className="timeline-legend-item">
          <svg width="14" height="14" aria-hidden="true">
            <path d="M 7 0 l 7 7 l -7 7 l -7 -7 z" className="timeline-golive" />
          </svg>{' '}
          Idriftsættelse
        </span>
        <span className="timeline-legend-item">
          <svg width="4" height="14" aria-hidden="true">
            <line x1="2" x2="2" y1="0" y2="14" className="timeline-today" />
          </svg>{' '}
          I dag
        </span>
      </figcaption>
    </figure>
  );
}
