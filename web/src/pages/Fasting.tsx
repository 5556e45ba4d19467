import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { FastStats, RowFast } from '../api/schema';
import { useLive } from '../live';
import { when } from '../dates';
import { Field, Stat, pct, restoreRow, useUndo } from '../ui';
import type { PageProps } from '../page';
import { hms } from '../fmt';

const P = '/v1/workspaces/{workspace_id}/fasts' as const;
const ITEM = '/v1/workspaces/{workspace_id}/fasts/{id}' as const;

function hm(ms: number): string {
  const m = Math.max(0, Math.round(ms / 60000));
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** The progress ring of a running fast (SVG). */
function Ring({ frac }: { frac: number }) {
  const r = 88, c = 2 * Math.PI * r;
  return (
    <svg viewBox="0 0 200 200" class="ring" aria-hidden="true">
      <circle cx="100" cy="100" r={r} class="ring-track" />
      <circle cx="100" cy="100" r={r} class={`ring-bar${frac >= 1 ? ' met' : ''}`} stroke-dasharray={`${(Math.min(1, frac) * c).toFixed(1)} ${c.toFixed(1)}`} transform="rotate(-90 100 100)" />
    </svg>
  );
}

export function Fasting({ ws }: PageProps) {
  const [rows, setRows] = useState<RowFast[]>([]);
  const [now, setNow] = useState(Date.now());
  const [hours, setHours] = useState('16');
  const [stats, setStats] = useState<FastStats | null>(null);
  const [error, setError] = useState('');
  const load = async () => {
    try {
      const path = { workspace_id: ws };
      const [{ data }, { data: st }] = await Promise.all([
        api.GET(P, { params: { path, query: { limit: 500 } } }),
        api.GET('/v1/workspaces/{workspace_id}/reports/fasts', { params: { path } }),
      ]);
      setRows((data?.items ?? []).sort((a, b) => b.started_at.localeCompare(a.started_at)));
      setStats(st ?? null);
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, []);
  useLive(ws, load);
  const running = rows.find((f) => !f.ended_at);
  const start = async (e: Event) => {
    e.preventDefault();
    try {
      await api.POST(P, { params: { path: { workspace_id: ws } }, body: { started_at: new Date().toISOString(), target_minutes: Math.round(Number(hours) * 60) || null } });
      load();
    } catch (err) {
      setError(message(err));
    }
  };
  const stop = async (f: RowFast) => {
    try {
      await api.PATCH(ITEM, { params: { path: { workspace_id: ws, id: f.id } }, body: { version: f.version, ended_at: new Date().toISOString() } });
      load();
    } catch (err) {
      setError(message(err));
    }
  };
  const { offer, notice } = useUndo((e) => setError(message(e)), () => load());
  const remove = async (f: RowFast) => {
    try {
      await api.DELETE(ITEM, { params: { path: { workspace_id: ws, id: f.id }, query: { version: f.version } } });
      offer(`the fast of ${when(f.started_at)}`, () => restoreRow(ws, 'fasts', f.id, f.version + 1));
      load();
    } catch (err) {
      setError(message(err));
    }
  };
  const elapsed = running ? now - Date.parse(running.started_at) : 0;
  const target = (running?.target_minutes ?? 0) * 60000;
  const done = rows.filter((f) => f.ended_at);
  return (
    <section>
      <div class="split">
        <div class="card timer">
          {running ? (
            <>
              <div class="ring-wrap">
                <Ring frac={target ? elapsed / target : 0} />
                <div class="ring-text">
                  <p class="big" role="timer" aria-label="Time fasting" aria-live="off">{hms(elapsed)}</p>
                  <p class="meta">{target ? `${Math.min(100, Math.floor((elapsed / target) * 100))}% of ${running.target_minutes! / 60} h` : 'no target'}</p>
                </div>
              </div>
              {target > 0 && <progress max={target} value={Math.min(elapsed, target)} aria-label="Progress to target" />}
              <p class="meta">Started {when(running.started_at)}{target ? ` · ends ${when(new Date(Date.parse(running.started_at) + target).toISOString())}` : ''}</p>
              <button type="button" onClick={() => stop(running)}>Stop fast</button>
            </>
          ) : (
            <form onSubmit={start} class="start">
              <p class="big idle">Not fasting</p>
              <Field id="fast-target" label="Target (hours)" kind="select" value={hours} onValue={setHours}>
                {['12', '14', '16', '18', '20', '24', '36', '48'].map((h) => <option key={h} value={h}>{h} h</option>)}
              </Field>
              <button type="submit">Start fast</button>
            </form>
          )}
        </div>
        <div class="card">
          <h2>Stats</h2>
          {stats && (
            <div class="stats" role="group" aria-label="Fast stats">
              <Stat label={stats.count === 1 ? 'fast' : 'fasts'} value={stats.count} />
              <Stat label="average" value={hm(stats.average_seconds * 1000)} />
              <Stat label="longest" value={hm(stats.longest_seconds * 1000)} />
              <Stat label="targets met" value={stats.met_target_share == null ? '–' : pct(stats.met_target_share)} sub={stats.with_target ? `${stats.met_target} of ${stats.with_target}` : undefined} />
            </div>
          )}
        </div>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <h2>History</h2>
      {notice}
      <ul class="list" aria-label="Fasts">
        {done.map((f) => {
          const ms = Date.parse(f.ended_at!) - Date.parse(f.started_at);
          const met = f.target_minutes ? ms >= f.target_minutes * 60000 : null;
          return (
            <li key={f.id}>
              <div class="grow">
                <strong>{hm(ms)}</strong>
                <div class="meta">{when(f.started_at)} → {when(f.ended_at!)}{f.target_minutes ? ` · target ${f.target_minutes / 60} h` : ''}</div>
              </div>
              {met !== null && <span class={met ? 'ok' : 'meta'}>{met ? '✓ target met' : 'short of target'}</span>}
              <button type="button" class="ghost small" aria-label={`Delete the fast of ${when(f.started_at)}`} onClick={() => remove(f)}>✕</button>
            </li>
          );
        })}
        {done.length === 0 && <li class="empty">No fasts yet.</li>}
      </ul>
    </section>
  );
}
