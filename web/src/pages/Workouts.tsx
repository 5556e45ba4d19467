import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { RowWorkout, WeekTotals } from '../api/schema';
import { useLive } from '../live';
import { Field, FormError, Stat, restoreRow, useErrors, useUndo } from '../ui';
import { BarChart } from '../charts';
import { duration, localToIso, nowLocal, offsetMinutes, today, when } from '../dates';
import type { PageProps } from '../page';

const P = '/v1/workspaces/{workspace_id}/workouts' as const;
const ITEM = '/v1/workspaces/{workspace_id}/workouts/{id}' as const;
const FIELDS = ['kind', 'started_at', 'duration_s', 'distance_m', 'energy_kcal', 'effort', 'note'];

/** `5.2` km → 5200 m exactly; null if empty; NaN if malformed. */
function metres(s: string): number | null {
  if (!s.trim()) return null;
  const m = s.trim().match(/^(\d+)(?:[.,](\d{1,3}))?$/);
  return m ? Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0')) : NaN;
}
const int = (s: string) => (s.trim() ? (/^\d+$/.test(s.trim()) ? Number(s) : NaN) : null);

export function Workouts({ ws }: PageProps) {
  const [rows, setRows] = useState<RowWorkout[]>([]);
  const [weeks, setWeeks] = useState<WeekTotals[]>([]);
  const [kind, setKind] = useState('run');
  const [at, setAt] = useState(nowLocal());
  const [minutes, setMinutes] = useState('');
  const [km, setKm] = useState('');
  const [kcal, setKcal] = useState('');
  const [effort, setEffort] = useState('');
  const [note, setNote] = useState('');
  const { errors, setErrors, fail, clear } = useErrors();
  const load = async () => {
    try {
      const path = { workspace_id: ws };
      const [{ data }, { data: wk }] = await Promise.all([
        api.GET(P, { params: { path, query: { limit: 500 } } }),
        api.GET('/v1/workspaces/{workspace_id}/reports/workouts_weekly', { params: { path, query: { date: today(), offset_minutes: offsetMinutes() } } }),
      ]);
      setRows((data?.items ?? []).sort((a, b) => b.started_at.localeCompare(a.started_at)));
      setWeeks(wk ?? []);
    } catch (e) {
      setErrors({ _: message(e) });
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const mins = int(minutes), dist = metres(km), energy = int(kcal), eff = int(effort);
    if (mins === null || Number.isNaN(mins)) return setErrors({ duration_s: 'whole minutes, like 45' });
    if (Number.isNaN(dist)) return setErrors({ distance_m: 'kilometres, like 5.2' });
    if (Number.isNaN(energy)) return setErrors({ energy_kcal: 'whole kilocalories' });
    if (Number.isNaN(eff)) return setErrors({ effort: 'a whole number from 1 to 10' });
    try {
      await api.POST(P, {
        params: { path: { workspace_id: ws } },
        body: { kind, started_at: localToIso(at), duration_s: mins * 60, distance_m: dist, energy_kcal: energy, effort: eff, note },
      });
      setMinutes(''); setKm(''); setKcal(''); setEffort(''); setNote('');
      load();
    } catch (err) {
      fail(err, FIELDS);
    }
  };
  const { offer, notice } = useUndo((e) => setErrors({ _: message(e) }), () => load());
  const remove = async (w: RowWorkout) => {
    try {
      await api.DELETE(ITEM, { params: { path: { workspace_id: ws, id: w.id }, query: { version: w.version } } });
      offer(`${w.kind} of ${when(w.started_at)}`, () => restoreRow(ws, 'workouts', w.id, w.version + 1));
      load();
    } catch (err) {
      setErrors({ _: message(err) });
    }
  };
  return (
    <section class="split">
      <div>
        <form class="card add" onSubmit={add} aria-label="Log a workout">
          <h2>Log a workout</h2>
          <div class="grid2">
            <Field id="w-kind" label="Kind" name="kind" errors={errors} value={kind} onValue={setKind} list="w-kinds" />
            <datalist id="w-kinds">{['run', 'walk', 'ride', 'swim', 'strength', 'yoga', 'hike'].map((k) => <option key={k} value={k} />)}</datalist>
            <Field id="w-at" label="Started" name="started_at" errors={errors} type="datetime-local" value={at} onValue={setAt} />
            <Field id="w-min" label="Duration (minutes)" name="duration_s" errors={errors} inputMode="numeric" value={minutes} onValue={setMinutes} />
            <Field id="w-km" label="Distance (km)" name="distance_m" errors={errors} inputMode="decimal" value={km} onValue={setKm} />
            <Field id="w-kcal" label="Energy (kcal)" name="energy_kcal" errors={errors} inputMode="numeric" value={kcal} onValue={setKcal} />
            <Field id="w-effort" label="Effort (1–10)" name="effort" errors={errors} inputMode="numeric" value={effort} onValue={setEffort} />
          </div>
          <Field id="w-note" label="Note" name="note" errors={errors} value={note} onValue={setNote} />
          <FormError errors={errors} />
          <button type="submit">Log workout</button>
        </form>
        <Weekly weeks={weeks} />
      </div>
      <div>
        <h2>Recent workouts</h2>
        {notice}
        <ul class="list" aria-label="Workouts">
          {rows.slice(0, 100).map((w) => (
            <li key={w.id}>
              <span class="avatar" aria-hidden="true">⚡</span>
              <div class="grow">
                <strong>{w.kind}</strong>
                <div class="meta">{when(w.started_at)}{w.note ? ` · ${w.note}` : ''}</div>
              </div>
              <span class="chips">
                <span class="pill">{duration(w.duration_s)}</span>
                {w.distance_m !== null && <span class="pill">{(w.distance_m / 1000).toFixed(2)} km</span>}
                {w.energy_kcal !== null && <span class="pill">{w.energy_kcal} kcal</span>}
                {w.effort !== null && <span class="pill">effort {w.effort}</span>}
              </span>
              <button type="button" class="ghost small" aria-label={`Delete ${w.kind} of ${when(w.started_at)}`} onClick={() => remove(w)}>✕</button>
            </li>
          ))}
          {rows.length === 0 && <li class="empty">No workouts yet.</li>}
        </ul>
      </div>
    </section>
  );
}

const km = (m: number) => `${(m / 1000).toFixed(2)} km`;

/** The server's weekly totals (lifeos-core's, the CLI's `workout weekly`): the latest
 * week's figures, and the time of each week as bars. */
function Weekly({ weeks }: { weeks: WeekTotals[] }) {
  const sorted = [...weeks].sort((a, b) => b.week.localeCompare(a.week));
  const latest = sorted[0];
  return (
    <div class="card weekly">
      <h2>Weekly totals</h2>
      {latest ? (
        <>
          <div class="stats" role="group" aria-label={`Week ${latest.week}`}>
            <Stat label={`workouts, ${latest.week}`} value={latest.count} />
            <Stat label="time" value={duration(latest.duration_s)} />
            <Stat label="distance" value={km(latest.distance_m)} />
            <Stat label="energy" value={`${latest.energy_kcal} kcal`} />
          </div>
          <p class="meta">{Object.entries(latest.by_kind).map(([k, n]) => `${n} ${k}`).join(' · ')}</p>
          <BarChart label="Time per week" bars={sorted.slice(0, 8).map((w) => ({ label: w.week, value: w.duration_s, text: `${duration(w.duration_s)} · ${w.count}×` }))} />
        </>
      ) : (
        <p class="empty">No workouts yet.</p>
      )}
    </div>
  );
}
