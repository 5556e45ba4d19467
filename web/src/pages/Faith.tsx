import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { PlanStanding, PracticeStats, RowPractice } from '../api/schema';
import { useLive } from '../live';
import { Field, FormError, Stat, restoreRow, useErrors, useUndo } from '../ui';
import { localToIso, nowLocal, offsetMinutes, shortDate, today, when } from '../dates';
import type { PageProps } from '../page';

const PRACTICES = '/v1/workspaces/{workspace_id}/practices' as const;
const PRACTICE = '/v1/workspaces/{workspace_id}/practices/{id}' as const;
const PLANS = '/v1/workspaces/{workspace_id}/reading_plans' as const;

function PracticeForm({ ws, onDone }: { ws: string; onDone: () => void }) {
  const [kind, setKind] = useState('prayer');
  const [at, setAt] = useState(nowLocal());
  const [minutes, setMinutes] = useState('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const { errors, setErrors, fail, clear } = useErrors();
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const m = minutes.trim() ? Number(minutes) : null;
    if (m !== null && !Number.isInteger(m)) return setErrors({ duration_s: 'whole minutes, like 15' });
    try {
      await api.POST(PRACTICES, { params: { path: { workspace_id: ws } }, body: { kind, occurred_at: localToIso(at), duration_s: m === null ? null : m * 60, reference, note } });
      setMinutes(''); setReference(''); setNote('');
      onDone();
    } catch (err) {
      fail(err, ['kind', 'occurred_at', 'duration_s', 'reference', 'note']);
    }
  };
  return (
    <form class="card add" onSubmit={add} aria-label="Log a practice">
      <h2>Log a practice</h2>
      <div class="grid2">
        <Field id="pr-kind" label="Practice" name="kind" errors={errors} value={kind} onValue={setKind} list="pr-kinds" />
        <datalist id="pr-kinds">{['prayer', 'scripture', 'meditation', 'worship', 'fasting', 'service', 'journaling'].map((k) => <option key={k} value={k} />)}</datalist>
        <Field id="pr-at" label="When" name="occurred_at" errors={errors} type="datetime-local" value={at} onValue={setAt} />
        <Field id="pr-min" label="Minutes" name="duration_s" errors={errors} inputMode="numeric" value={minutes} onValue={setMinutes} />
        <Field id="pr-ref" label="Reference" name="reference" errors={errors} value={reference} onValue={setReference} placeholder="Psalm 23" />
      </div>
      <Field id="pr-note" label="Note" name="note" errors={errors} value={note} onValue={setNote} />
      <FormError errors={errors} />
      <button type="submit">Log practice</button>
    </form>
  );
}

function PlanForm({ ws, onDone }: { ws: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [start, setStart] = useState(today());
  const [readings, setReadings] = useState('');
  const { errors, fail, clear } = useErrors();
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const lines = readings.split('\n').map((l) => l.trim()).filter(Boolean);
    try {
      await api.POST(PLANS, { params: { path: { workspace_id: ws } }, body: { name, start, readings: lines.map((text, i) => ({ day: i + 1, text })) } });
      setName(''); setReadings('');
      onDone();
    } catch (err) {
      fail(err, ['name', 'start', 'readings']);
    }
  };
  return (
    <form class="card add" onSubmit={add} aria-label="Add a reading plan">
      <h2>Add a reading plan</h2>
      <div class="grid2">
        <Field id="plan-name" label="Plan name" name="name" errors={errors} value={name} onValue={setName} />
        <Field id="plan-start" label="Starts" name="start" errors={errors} type="date" value={start} onValue={setStart} />
      </div>
      <Field id="plan-readings" label="Readings, one a day" name="readings" errors={errors} kind="textarea" rows={4} value={readings} onValue={setReadings} placeholder={'Genesis 1-3\nGenesis 4-7'} />
      <FormError errors={errors} />
      <button type="submit">Add plan</button>
    </form>
  );
}

export function Faith({ ws }: PageProps) {
  const [practices, setPractices] = useState<RowPractice[]>([]);
  const [plans, setPlans] = useState<PlanStanding[]>([]);
  const [stats, setStats] = useState<PracticeStats | null>(null);
  const [error, setError] = useState('');
  const load = async () => {
    try {
      const path = { workspace_id: ws };
      const day = { date: today(), offset_minutes: offsetMinutes() };
      // Streaks, tallies and each plan's standing (with its catch-up) are the server's
      // reports, lifeos-core's as the CLI shows them.
      const [{ data: ps }, { data: pl }, { data: st }] = await Promise.all([
        api.GET(PRACTICES, { params: { path, query: { limit: 500 } } }),
        api.GET('/v1/workspaces/{workspace_id}/reports/reading_plans', { params: { path, query: { date: day.date } } }),
        api.GET('/v1/workspaces/{workspace_id}/reports/practices', { params: { path, query: day } }),
      ]);
      setPractices((ps?.items ?? []).sort((a, b) => b.occurred_at.localeCompare(a.occurred_at)));
      setPlans((pl ?? []).filter((p) => !p.plan.archived));
      setStats(st ?? null);
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const { offer, notice } = useUndo((e) => setError(message(e)), () => load());
  const remove = async (p: RowPractice) => {
    try {
      await api.DELETE(PRACTICE, { params: { path: { workspace_id: ws, id: p.id }, query: { version: p.version } } });
      offer(`${p.kind} of ${when(p.occurred_at)}`, () => restoreRow(ws, 'practices', p.id, p.version + 1));
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  return (
    <section>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="split">
        <div>
          <h2>Reading plans</h2>
          <ul class="cards" aria-label="Reading plans">
            {plans.map(({ plan: p, status: st, catch_up }) => (
              <li key={p.id} class="card">
                <h2>{p.name}</h2>
                <p class="meta">from {p.start} · day {Math.max(0, st.day)} of {p.readings.length ? p.readings[p.readings.length - 1].day : 0}</p>
                <progress max={st.total} value={st.done} aria-label={`${p.name}: ${st.done} of ${st.total} read`} />
                <p class="meta">{st.done} of {st.total} read ({st.percent}%){st.finished ? ' · finished' : st.behind_days ? ` · ${st.behind_days} day${st.behind_days === 1 ? '' : 's'} behind` : ' · on track'}</p>
                {st.today.length > 0 && <p>Today: {st.today.map((x) => x.text).join(', ')}</p>}
                {catch_up.length > 0 && (
                  <details>
                    <summary>Catch-up plan ({st.missed.length} missed)</summary>
                    <ol class="catch-up" aria-label={`Catch-up for ${p.name}`}>
                      {catch_up.map((d) => <li key={d.date}><span class="meta">{shortDate(d.date)}</span> {d.readings.join(', ')}</li>)}
                    </ol>
                  </details>
                )}
              </li>
            ))}
            {plans.length === 0 && <li class="empty">No reading plan yet.</li>}
          </ul>
          <PlanForm ws={ws} onDone={load} />
        </div>
        <div>
          {stats && (
            <div class="card">
              <h2>Streaks</h2>
              <div class="stats" role="group" aria-label="Practice streaks">
                <Stat label="day streak" value={stats.current_streak} />
                <Stat label="longest" value={stats.longest_streak} />
              </div>
              <ul class="list" aria-label="Practice tallies">
                {Object.entries(stats.kinds).sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => (
                  <li key={k}>
                    <strong class="grow">{k}</strong>
                    <span class="meta">{t.count}× · {t.minutes} min · streak {t.current_streak} (longest {t.longest_streak})</span>
                  </li>
                ))}
              </ul>
              {stats.weeks[0] && (
                <p class="meta">{stats.weeks[0].period}: {Object.entries(stats.weeks[0].kinds).map(([k, t]) => `${k} ${t.count}× ${t.minutes} min`).join(' · ')}</p>
              )}
            </div>
          )}
          <PracticeForm ws={ws} onDone={load} />
          <h2>Practice log</h2>
          {notice}
          <ul class="list" aria-label="Practices">
            {practices.slice(0, 100).map((p) => (
              <li key={p.id}>
                <div class="grow">
                  <strong>{p.kind}</strong>{p.reference && <span> · {p.reference}</span>}
                  <div class="meta">{when(p.occurred_at)}{p.duration_s ? ` · ${Math.round(p.duration_s / 60)} min` : ''}{p.note ? ` · ${p.note}` : ''}</div>
                </div>
                <button type="button" class="ghost small" aria-label={`Delete ${p.kind} of ${when(p.occurred_at)}`} onClick={() => remove(p)}>✕</button>
              </li>
            ))}
            {practices.length === 0 && <li class="empty">Nothing logged yet.</li>}
          </ul>
        </div>
      </div>
    </section>
  );
}
