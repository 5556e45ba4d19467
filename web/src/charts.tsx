// Charts as plain SVG (no library, no script, no inline style: the CSP holds).
export type Point = { t: number; v: number };

/** A line chart of values over time, with its points and the range on the axis. */
export function LineChart({ points, label, unit, format }: { points: Point[]; label: string; unit: string; format?: (v: number) => string }) {
  const fmt = format ?? ((v: number) => String(Math.round(v * 10) / 10));
  if (points.length === 0) return <p class="empty">No entries yet.</p>;
  const W = 600, H = 180, L = 8, R = 8, T = 22, B = 22;
  const t0 = points[0].t, t1 = points[points.length - 1].t;
  const vs = points.map((p) => p.v);
  let lo = Math.min(...vs), hi = Math.max(...vs);
  if (hi === lo) { lo -= 1; hi += 1; }
  const pad = (hi - lo) * 0.1;
  lo -= pad; hi += pad;
  // Entries within an hour of each other are spread evenly (a time axis would stack them).
  const even = t1 - t0 < 3600000;
  const xs = points.map((p, i) => (points.length === 1 ? W / 2 : even ? L + (i / (points.length - 1)) * (W - L - R) : L + ((p.t - t0) / (t1 - t0)) * (W - L - R)));
  const y = (v: number) => T + (1 - (v - lo) / (hi - lo)) * (H - T - B);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${xs[i].toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const area = `${d} L${xs[xs.length - 1].toFixed(1)},${H - B} L${xs[0].toFixed(1)},${H - B} Z`;
  const last = points[points.length - 1];
  const day = (t: number) => new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label} trend: ${points.length} entries, latest ${fmt(last.v)} ${unit}`}>
        <line x1={L} y1={H - B} x2={W - R} y2={H - B} class="axis" />
        <line x1={L} y1={T} x2={W - R} y2={T} class="grid" />
        {points.length > 1 && <path d={area} class="area" />}
        <path d={d} class="line" />
        {points.map((p, i) => <circle key={i} cx={xs[i]} cy={y(p.v)} r="4.5" class="dot" />)}
        <text x={L} y={T - 7} class="label">{fmt(hi)} {unit}</text>
        <text x={W - R} y={T - 7} class="label end">low {fmt(Math.min(...vs))} · high {fmt(Math.max(...vs))}</text>
        <text x={L} y={H - 5} class="label">{day(t0)}</text>
        <text x={W - R} y={H - 5} class="label end">{day(t1)}</text>
      </svg>
      <figcaption>{label}: latest {`${fmt(last.v)} ${unit}`}</figcaption>
    </figure>
  );
}

export type Bar = { label: string; value: number; text: string; limit?: number; limitText?: string };

/** Horizontal bars; with `limit`, a budget bar (the part over it marked). */
export function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  if (bars.length === 0) return <p class="empty">Nothing to show yet.</p>;
  const max = Math.max(...bars.map((b) => Math.max(Math.abs(b.value), b.limit ?? 0)), 1);
  const W = 600, row = 34, H = bars.length * row;
  // The figures at the right get the room their longest text needs (about 7 units a character).
  const figure = (b: Bar) => `${b.text}${b.limitText ? ` / ${b.limitText}` : ''}`;
  const rw = Math.min(240, Math.max(110, 16 + 7 * Math.max(...bars.map((b) => figure(b).length))));
  const lw = 150, bw = W - lw - rw;
  return (
    <figure class="chart bars">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}: ${bars.map((b) => `${b.label} ${b.text}${b.limitText ? ` of ${b.limitText}` : ''}`).join(', ')}`}>
        {bars.map((b, i) => {
          const y = i * row + 6;
          const v = Math.abs(b.value);
          const over = b.limit !== undefined && v > b.limit;
          return (
            <g key={b.label}>
              <text x={0} y={y + 15} class="label strong">{b.label.length > 20 ? `${b.label.slice(0, 19)}…` : b.label}</text>
              <rect x={lw} y={y} width={bw} height={20} rx={5} class="track" />
              <rect x={lw} y={y} width={Math.max(2, (v / max) * bw)} height={20} rx={5} class={over ? 'bar over' : 'bar'} />
              {b.limit !== undefined && <line x1={lw + (b.limit / max) * bw} x2={lw + (b.limit / max) * bw} y1={y - 3} y2={y + 23} class="limit" />}
              <text x={W} y={y + 15} class="label end">{figure(b)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
