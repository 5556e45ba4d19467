import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { RowPractice, RowReadingPlan } from '../api/schema';
import { useLive } from '../live';
import { Field, FormError, restoreRow, useErrors, useUndo } from '../ui';
import { localToIso, nowLocal, today, when } from '../dates';
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
  const [plans, setPlans] = useState<RowReadingPlan[]>([]);
  const [error, setError] = useState('');
  const load = async () => {
    try {
      const [{ data: ps }, { data: pl }] = await Promise.all([
        api.GET(PRACTICES, { params: { path: { workspace_id: ws }, query: { limit: 500 } } }),
        api.GET(PLANS, { params: { path: { workspace_id: ws }, query: { limit: 100 } } }),
      ]);
      setPractices((ps?.items ?? []).sort((a, b) => b.occurred_at.localeCompare(a.occurred_at)));
      setPlans((pl?.items ?? []).filter((p) => !p.archived));
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
            {plans.map((p) => (
              <li key={p.id} class="card">
                <h2>{p.name}</h2>
                <p class="meta">from {p.start} · {p.readings.length} readings</p>
              </li>
            ))}
            {plans.length === 0 && <li class="empty">No reading plan yet.</li>}
          </ul>
          <PlanForm ws={ws} onDone={load} />
        </div>
        <div>
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
