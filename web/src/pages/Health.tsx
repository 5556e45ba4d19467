import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { MetricKind, RowHealthMetric, Trend } from '../api/schema';
import { useLive } from '../live';
import { LineChart } from '../charts';
import { Field, FormError, Stat, restoreRow, useErrors, useUndo } from '../ui';
import { KINDS, scaled, show } from '../health';
import { localToIso, nowLocal, when } from '../dates';
import type { PageProps } from '../page';

const P = '/v1/workspaces/{workspace_id}/health_metrics' as const;
const ITEM = '/v1/workspaces/{workspace_id}/health_metrics/{id}' as const;
/** The trend window, days. */
const DAYS = 90;

export function Health({ ws }: PageProps) {
  const [rows, setRows] = useState<RowHealthMetric[]>([]);
  const [trends, setTrends] = useState<Trend[]>([]);
  const [kind, setKind] = useState<MetricKind>('weight');
  const [custom, setCustom] = useState('');
  const [unit, setUnit] = useState('');
  const [value, setValue] = useState('');
  const [at, setAt] = useState(nowLocal());
  const { errors, setErrors, fail, clear } = useErrors();
  const load = async () => {
    try {
      const { data } = await api.GET(P, { params: { path: { workspace_id: ws }, query: { limit: 500 } } });
      const items = (data?.items ?? []).sort((a, b) => a.recorded_at.localeCompare(b.recorded_at));
      // One chart per kind logged, each the server's trend (lifeos-core's kind_trend, the
      // CLI's `health trend`): the window's points, the means and the slope per week.
      const kinds = [...new Set(items.map((r) => (r.kind === 'custom' ? r.custom_kind ?? '' : r.kind)))].filter(Boolean);
      const ts = await Promise.all(kinds.map((kind) =>
        api.GET('/v1/workspaces/{workspace_id}/reports/health_trend', { params: { path: { workspace_id: ws }, query: { kind, days: DAYS } } })));
      setRows(items);
      setTrends(ts.flatMap((t) => (t.data ? [t.data] : [])));
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
        {trends.map((t) => {
          const builtin = (t.kind in KINDS ? t.kind : 'custom') as MetricKind;
          const kk = KINDS[builtin];
          const label = builtin === 'custom' ? t.kind : kk.label;
          const unitShown = builtin === 'custom' ? t.unit : builtin === 'sleep' ? 'h' : kk.unit;
          const f = (v: number) => (v / kk.scale).toFixed(builtin === 'sleep' ? 1 : kk.digits);
          const fig = (v: number | null | undefined, v2?: number | null) => (v == null ? '–' : `${f(v)}${v2 != null ? `/${f(v2)}` : ''}`);
          const slope = t.trend_per_week == null ? '–' : `${t.trend_per_week > 0 ? '+' : ''}${f(t.trend_per_week)}${t.trend_per_week_value2 != null ? `/${t.trend_per_week_value2 > 0 ? '+' : ''}${f(t.trend_per_week_value2)}` : ''}`;
          return (
            <div class="card" key={t.kind}>
              <h2>{label}</h2>
              <div class="stats" role="group" aria-label={`${label} figures`}>
                <Stat label={`latest, ${unitShown}`} value={fig(t.latest?.value, t.latest_value2)} />
                <Stat label="7-day mean" value={fig(t.average_7d, t.average_7d_value2)} />
                <Stat label="30-day mean" value={fig(t.average_30d, t.average_30d_value2)} />
                <Stat label="per week" value={slope} />
              </div>
              <LineChart label={label} unit={unitShown}
                points={t.points.map((p) => ({ t: Date.parse(p.at), v: p.value }))}
                format={f} />
              <p class="meta">{t.count} {t.count === 1 ? 'entry' : 'entries'} in {t.days} days{t.average != null ? ` · mean ${fig(t.average, t.average_value2)} ${unitShown}` : ''}</p>
            </div>
          );
        })}
        {trends.length === 0 && <p class="empty card">Nothing logged yet: log a weight, your sleep or your steps above.</p>}
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
