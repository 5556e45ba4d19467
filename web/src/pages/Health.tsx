import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { MetricKind, RowHealthMetric } from '../api/schema';
import { useLive } from '../live';
import { LineChart } from '../charts';
import { Field, FormError, restoreRow, useErrors, useUndo } from '../ui';
import { KINDS, scaled, show } from '../health';
import { localToIso, nowLocal, when } from '../dates';
import type { PageProps } from '../page';

const P = '/v1/workspaces/{workspace_id}/health_metrics' as const;
const ITEM = '/v1/workspaces/{workspace_id}/health_metrics/{id}' as const;

export function Health({ ws }: PageProps) {
  const [rows, setRows] = useState<RowHealthMetric[]>([]);
  const [kind, setKind] = useState<MetricKind>('weight');
  const [custom, setCustom] = useState('');
  const [unit, setUnit] = useState('');
  const [value, setValue] = useState('');
  const [at, setAt] = useState(nowLocal());
  const { errors, setErrors, fail, clear } = useErrors();
  const load = async () => {
    try {
      const { data } = await api.GET(P, { params: { path: { workspace_id: ws }, query: { limit: 500 } } });
      setRows((data?.items ?? []).sort((a, b) => a.recorded_at.localeCompare(b.recorded_at)));
    } catch (e) {
      setErrors({ _: message(e) });
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const k = KINDS[kind];
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const v = scaled(value, k.scale);
    if (v === null) return setErrors({ value: `a number of ${k.unit || 'units'}, like ${kind === 'weight' ? '72.5' : '5'}` });
    try {
      await api.POST(P, {
        params: { path: { workspace_id: ws } },
        body: {
          kind, value: v, unit: kind === 'custom' ? unit : k.canonical,
          custom_kind: kind === 'custom' ? custom : null,
          recorded_at: at ? localToIso(at) : new Date().toISOString(),
        },
      });
      setValue('');
      load();
    } catch (err) {
      fail(err, ['value', 'unit', 'custom_kind', 'recorded_at']);
    }
  };
  const { offer, notice } = useUndo((e) => setErrors({ _: message(e) }), () => load());
  const remove = async (r: RowHealthMetric) => {
    try {
      await api.DELETE(ITEM, { params: { path: { workspace_id: ws, id: r.id }, query: { version: r.version } } });
      offer(`${KINDS[r.kind].label} of ${when(r.recorded_at)}`, () => restoreRow(ws, 'health_metrics', r.id, r.version + 1));
      load();
    } catch (err) {
      setErrors({ _: message(err) });
    }
  };
  const series = new Map<string, RowHealthMetric[]>();
  for (const r of rows) {
    const key = r.kind === 'custom' ? `custom:${r.custom_kind ?? ''}` : r.kind;
    series.set(key, [...(series.get(key) ?? []), r]);
  }
  return (
    <section>
      <form class="card add" onSubmit={add} aria-label="Log an entry">
        <h2>Log an entry</h2>
        <div class="grid3">
          <Field id="metric-kind" label="Kind" kind="select" value={kind} onValue={(v) => { setKind(v as MetricKind); clear(); }}>
            {(Object.keys(KINDS) as MetricKind[]).map((x) => <option key={x} value={x}>{KINDS[x].label}</option>)}
          </Field>
          {kind === 'custom' && <Field id="metric-custom" label="What" name="custom_kind" errors={errors} value={custom} onValue={setCustom} placeholder="glucose" />}
          {kind === 'custom' && <Field id="metric-unit" label="Unit" name="unit" errors={errors} value={unit} onValue={setUnit} placeholder="mmol/L" />}
          <Field id="weight" label={`${k.label}${k.unit && k.unit !== kind ? ` (${k.unit.replace('/5', '1–5')})` : ''}`} name="value" errors={errors} errorId="weight-error"
            inputMode="decimal" value={value} onValue={setValue} placeholder={kind === 'weight' ? '72.5' : ''} />
          <Field id="metric-at" label="When" name="recorded_at" errors={errors} type="datetime-local" value={at} onValue={setAt} />
        </div>
        <FormError errors={errors} />
        <button type="submit">Log {k.label.toLowerCase()}</button>
      </form>
      <div class="charts">
        {[...series].map(([key, rs]) => {
          const r0 = rs[0];
          const kk = KINDS[r0.kind];
          const label = r0.kind === 'custom' ? r0.custom_kind ?? 'Custom' : kk.label;
          const unitShown = r0.kind === 'custom' ? r0.unit : r0.kind === 'sleep' ? 'h' : kk.unit;
          return (
            <div class="card" key={key}>
              <h2>{label}</h2>
              <LineChart label={label} unit={unitShown}
                points={rs.map((r) => ({ t: Date.parse(r.recorded_at), v: r.value }))}
                format={(v) => (v / kk.scale).toFixed(r0.kind === 'sleep' ? 1 : kk.digits)} />
            </div>
          );
        })}
        {series.size === 0 && <p class="empty card">Nothing logged yet: log a weight, your sleep or your steps above.</p>}
      </div>
      <h2>Entries</h2>
      {notice}
      <ul class="list" aria-label="Health entries">
        {rows.slice().reverse().slice(0, 50).map((r) => (
          <li key={r.id}>
            <span class="grow">{r.kind === 'custom' ? r.custom_kind : KINDS[r.kind].label}<span class="meta sub">{when(r.recorded_at)}</span></span>
            <strong>{show(r)}</strong>
            <button type="button" class="ghost small" aria-label={`Delete ${KINDS[r.kind].label} of ${when(r.recorded_at)}`} onClick={() => remove(r)}>✕</button>
          </li>
        ))}
        {rows.length === 0 && <li class="empty">No entries yet.</li>}
      </ul>
    </section>
  );
}
