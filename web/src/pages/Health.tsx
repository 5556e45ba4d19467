import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, message } from '../api/client';
import type { RowHealthMetric } from '../api/schema';
import { useLive } from '../live';

/** `72.5` kg → 72500 g, exactly; null if malformed. */
function grams(text: string): number | null {
  const m = text.trim().match(/^(\d+)(?:[.,](\d{1,3}))?$/);
  return m ? Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0')) : null;
}

/** A line chart of the weights over time (SVG: no script, no library). */
function Chart({ points }: { points: { t: number; v: number }[] }) {
  if (points.length === 0) return <p class="empty">No weights logged yet.</p>;
  const W = 600, H = 200, P = 24;
  const t0 = points[0].t, t1 = points[points.length - 1].t || t0 + 1;
  const vs = points.map((p) => p.v);
  const lo = Math.min(...vs) - 500, hi = Math.max(...vs) + 500;
  const x = (t: number) => P + ((t - t0) / Math.max(1, t1 - t0)) * (W - 2 * P);
  const y = (v: number) => H - P - ((v - lo) / Math.max(1, hi - lo)) * (H - 2 * P);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  return (
    <figure class="card chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Weight trend: ${points.length} entries, latest ${(last.v / 1000).toFixed(1)} kg`}>
        <line x1={P} y1={H - P} x2={W - P} y2={H - P} class="axis" />
        <path d={d} class="line" />
        {points.map((p) => <circle key={p.t} cx={x(p.t)} cy={y(p.v)} r="4" class="dot" />)}
        <text x={P} y={P - 6} class="label">{(hi / 1000).toFixed(1)} kg</text>
        <text x={P} y={H - 6} class="label">{(lo / 1000).toFixed(1)} kg</text>
      </svg>
      <figcaption>Weight, latest {(last.v / 1000).toFixed(1)} kg</figcaption>
    </figure>
  );
}

export function Health({ ws }: { ws: string }) {
  const [rows, setRows] = useState<RowHealthMetric[]>([]);
  const [weight, setWeight] = useState('');
  const [error, setError] = useState('');
  const load = async () => {
    try {
      const { data } = await api.GET('/v1/workspaces/{workspace_id}/health_metrics', { params: { path: { workspace_id: ws }, query: { limit: 500 } } });
      setRows((data?.items ?? []).sort((a, b) => a.recorded_at.localeCompare(b.recorded_at)));
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const add = async (e: Event) => {
    e.preventDefault();
    setError('');
    const g = grams(weight);
    if (g === null) return setError('value: a weight in kg, like 72.5');
    try {
      await api.POST('/v1/workspaces/{workspace_id}/health_metrics', {
        params: { path: { workspace_id: ws } },
        body: { kind: 'weight', value: g, unit: 'g', recorded_at: new Date().toISOString() },
      });
      setWeight('');
      load();
    } catch (err) {
      setError(err instanceof ApiError && err.field ? `${err.field}: ${err.message}` : message(err));
    }
  };
  const weights = rows.filter((r) => r.kind === 'weight').map((r) => ({ t: Date.parse(r.recorded_at), v: r.value }));
  return (
    <section>
      <form class="add" onSubmit={add}>
        <label for="weight">Weight (kg)</label>
        <div class="row">
          <input id="weight" inputMode="decimal" value={weight} placeholder="72.5" aria-describedby={error ? 'weight-error' : undefined}
            onInput={(e) => setWeight((e.target as HTMLInputElement).value)} />
          <button type="submit">Log weight</button>
        </div>
        {error && <p id="weight-error" class="error" role="alert">{error}</p>}
      </form>
      <Chart points={weights} />
      <h2>Entries</h2>
      <ul class="list" aria-label="Health entries">
        {rows.slice().reverse().slice(0, 50).map((r) => (
          <li key={r.id}>
            <span class="grow">{r.kind.replace('_', ' ')}</span>
            <span>{r.kind === 'weight' ? `${(r.value / 1000).toFixed(1)} kg` : `${r.value} ${r.unit}`}</span>
            <span class="meta">{new Date(r.recorded_at).toLocaleDateString()}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
