import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { RowFast } from '../api/schema';
import { useLive } from '../live';

const P = '/v1/workspaces/{workspace_id}/fasts' as const;
const ITEM = '/v1/workspaces/{workspace_id}/fasts/{id}' as const;

function hm(ms: number): string {
  const m = Math.max(0, Math.floor(ms / 60000));
  const s = Math.max(0, Math.floor(ms / 1000) % 60);
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m ${String(s).padStart(2, '0')}s`;
}

export function Fasting({ ws }: { ws: string }) {
  const [rows, setRows] = useState<RowFast[]>([]);
  const [now, setNow] = useState(Date.now());
  const [error, setError] = useState('');
  const load = async () => {
    try {
      const { data } = await api.GET(P, { params: { path: { workspace_id: ws }, query: { limit: 100 } } });
      setRows((data?.items ?? []).sort((a, b) => b.started_at.localeCompare(a.started_at)));
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  useLive(ws, load);
  const running = rows.find((f) => !f.ended_at);
  const start = async () => {
    try {
      await api.POST(P, { params: { path: { workspace_id: ws } }, body: { started_at: new Date().toISOString(), target_minutes: 960 } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  const stop = async (f: RowFast) => {
    try {
      await api.PATCH(ITEM, { params: { path: { workspace_id: ws, id: f.id } }, body: { version: f.version, ended_at: new Date().toISOString() } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  const elapsed = running ? now - Date.parse(running.started_at) : 0;
  const target = (running?.target_minutes ?? 0) * 60000;
  return (
    <section>
      <div class="card timer">
        {running ? (
          <>
            <p class="big" aria-live="off">{hm(elapsed)}</p>
            {target > 0 && (
              <>
                <progress max={target} value={Math.min(elapsed, target)} aria-label="Progress to target" />
                <p class="meta">target {running.target_minutes! / 60} h</p>
              </>
            )}
            <button type="button" onClick={() => stop(running)}>Stop fast</button>
          </>
        ) : (
          <button type="button" onClick={start}>Start fast</button>
        )}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <h2>History</h2>
      <ul class="list" aria-label="Fasts">
        {rows.filter((f) => f.ended_at).map((f) => (
          <li key={f.id}>
            <span class="grow">{new Date(f.started_at).toLocaleString()}</span>
            <span class="meta">{hm(Date.parse(f.ended_at!) - Date.parse(f.started_at))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
