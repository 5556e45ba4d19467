import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { HabitReport, RowHabitCheckin } from '../api/schema';
import { useLive } from '../live';
import { addDays, shortDate, today } from '../dates';
import { Field, FormError, pct, useErrors } from '../ui';
import type { PageProps } from '../page';

const CHECKINS = '/v1/workspaces/{workspace_id}/habit_checkins' as const;
const CHECKIN = '/v1/workspaces/{workspace_id}/habit_checkins/{id}' as const;
const WEEKS = 12;

/** The days of the grid: whole weeks from Monday, the last one holding today. */
function days(): string[] {
  const t = today();
  const [y, m, d] = t.split('-').map(Number);
  const dow = (new Date(y, m - 1, d).getDay() + 6) % 7; // Monday = 0
  const start = addDays(t, -dow - 7 * (WEEKS - 1));
  return Array.from({ length: WEEKS * 7 }, (_, i) => addDays(start, i));
}

function Grid({ h, checkins, onToggle }: { h: HabitReport; checkins: RowHabitCheckin[]; onToggle: (day: string, c?: RowHabitCheckin) => void }) {
  const t = today();
  const by = new Map(checkins.map((c) => [c.date, c]));
  return (
    <div class="hgrid" role="group" aria-label={`${h.name}: the last ${WEEKS} weeks`}>
      {days().map((day) => {
        const c = by.get(day);
        const future = day > t;
        const state = c ? c.status : 'none';
        return (
          <button type="button" key={day} class={`cell ${state}${day === t ? ' now' : ''}`} disabled={future}
            aria-pressed={state === 'done'} title={`${shortDate(day)}: ${state === 'none' ? 'not checked in' : state}`}
            aria-label={`${h.name} on ${shortDate(day)}: ${state === 'none' ? 'not checked in' : state}`}
            onClick={() => onToggle(day, c)} />
        );
      })}
    </div>
  );
}

export function Habits({ ws }: PageProps) {
  const [rows, setRows] = useState<HabitReport[]>([]);
  const [checkins, setCheckins] = useState<Record<string, RowHabitCheckin[]>>({});
  const [name, setName] = useState('');
  const [schedule, setSchedule] = useState('daily');
  const { errors, setErrors, fail, clear } = useErrors();
  const load = async () => {
    try {
      const { data } = await api.GET('/v1/workspaces/{workspace_id}/reports/habits', { params: { path: { workspace_id: ws }, query: { today: today() } } });
      const from = addDays(today(), -7 * WEEKS);
      const lists = await Promise.all((data ?? []).map((h) =>
        api.GET(CHECKINS, { params: { path: { workspace_id: ws }, query: { habit_id: h.habit_id, limit: 500 } } })
          .then(({ data: page }) => [h.habit_id, (page?.items ?? []).filter((c) => c.date >= from)] as const)));
      setRows(data ?? []);
      setCheckins(Object.fromEntries(lists));
    } catch (e) {
      setErrors({ _: message(e) });
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    try {
      await api.POST('/v1/workspaces/{workspace_id}/habits', { params: { path: { workspace_id: ws } }, body: { name, schedule } });
      setName('');
      load();
    } catch (err) {
      fail(err, ['name', 'schedule']);
    }
  };
  const checkIn = async (h: HabitReport, day: string) => {
    try {
      await api.POST(CHECKINS, { params: { path: { workspace_id: ws } }, body: { habit_id: h.habit_id, date: day, status: 'done' } });
      load();
    } catch (err) {
      fail(err);
    }
  };
  /** A day of the grid clicked: not checked in → done; done → skipped; skipped → cleared. */
  const toggle = async (h: HabitReport, day: string, c?: RowHabitCheckin) => {
    try {
      if (!c) await api.POST(CHECKINS, { params: { path: { workspace_id: ws } }, body: { habit_id: h.habit_id, date: day, status: 'done' } });
      else if (c.status === 'done') await api.PATCH(CHECKIN, { params: { path: { workspace_id: ws, id: c.id } }, body: { version: c.version, status: 'skipped' } });
      else await api.DELETE(CHECKIN, { params: { path: { workspace_id: ws, id: c.id }, query: { version: c.version } } });
      load();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <section>
      <FormError errors={errors} />
      <ul class="cards habits" aria-label="Habits">
        {rows.map((h) => (
          <li key={h.habit_id} class="card habit">
            <div class="row wrap">
              <div class="grow">
                <h2>{h.name}</h2>
                <span class="meta">{h.schedule}{h.today === 'not_due' ? ' · not due today' : ''}</span>
              </div>
              {h.today === 'done' ? (
                <span class="ok" aria-label={`${h.name} done today`}>✓ done today</span>
              ) : h.today === 'skipped' ? (
                <span class="meta">skipped today</span>
              ) : (
                <button type="button" onClick={() => checkIn(h, today())}>Check in {h.name}</button>
              )}
            </div>
            <div class="stats">
              <div class="stat"><span class="stat-value">{h.stats.current_streak}</span><span class="stat-label">streak</span></div>
              <div class="stat"><span class="stat-value">{h.stats.longest_streak}</span><span class="stat-label">best</span></div>
              <div class="stat"><span class="stat-value">{pct(h.stats.strength)}</span><span class="stat-label">strength</span></div>
              <div class="stat"><span class="stat-value">{pct(h.stats.completion_30d)}</span><span class="stat-label">30 days</span></div>
            </div>
            <meter class="strength" min={0} max={1} value={h.stats.strength} aria-label={`${h.name} strength ${pct(h.stats.strength)}`} />
            <Grid h={h} checkins={checkins[h.habit_id] ?? []} onToggle={(day, c) => toggle(h, day, c)} />
            <p class="hint">Click a day: done, then skipped, then cleared.</p>
          </li>
        ))}
        {rows.length === 0 && <li class="empty">No habits yet.</li>}
      </ul>
      <form class="card" onSubmit={add}>
        <h2>Add a habit</h2>
        <div class="grid2">
          <Field id="habit-name" label="Habit name" name="name" errors={errors} value={name} onValue={setName} />
          <Field id="habit-schedule" label="Schedule" name="schedule" errors={errors} value={schedule} onValue={setSchedule} hint="daily, mon,wed,fri or 3/week" />
        </div>
        <button type="submit">Add habit</button>
      </form>
    </section>
  );
}
