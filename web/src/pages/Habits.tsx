import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, message } from '../api/client';
import type { HabitReport } from '../api/schema';
import { useLive } from '../live';
import { today } from '../dates';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function Habits({ ws }: { ws: string }) {
  const [rows, setRows] = useState<HabitReport[]>([]);
  const [name, setName] = useState('');
  const [schedule, setSchedule] = useState('daily');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const load = async () => {
    try {
      const { data } = await api.GET('/v1/workspaces/{workspace_id}/reports/habits', { params: { path: { workspace_id: ws }, query: { today: today() } } });
      setRows(data ?? []);
    } catch (e) {
      setErrors({ _: message(e) });
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const fail = (err: unknown) => setErrors({ [err instanceof ApiError && err.field ? err.field : '_']: message(err) });
  const add = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    try {
      await api.POST('/v1/workspaces/{workspace_id}/habits', { params: { path: { workspace_id: ws } }, body: { name, schedule } });
      setName('');
      load();
    } catch (err) {
      fail(err);
    }
  };
  const check = async (h: HabitReport) => {
    try {
      await api.POST('/v1/workspaces/{workspace_id}/habit_checkins', {
        params: { path: { workspace_id: ws } },
        body: { habit_id: h.habit_id, date: today(), status: 'done' },
      });
      load();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <section>
      {errors._ && <p class="error" role="alert">{errors._}</p>}
      <ul class="list" aria-label="Habits">
        {rows.map((h) => (
          <li key={h.habit_id}>
            <div class="grow">
              <strong>{h.name}</strong>
              <div class="meta">
                {h.schedule} · streak {h.stats.current_streak} (best {h.stats.longest_streak}) · strength {pct(h.stats.strength)} · 30 days {pct(h.stats.completion_30d)}
              </div>
            </div>
            {h.today === 'done' ? (
              <span class="ok" aria-label={`${h.name} done today`}>✓ done</span>
            ) : (
              <button type="button" onClick={() => check(h)}>Check in {h.name}</button>
            )}
          </li>
        ))}
        {rows.length === 0 && <li class="empty">No habits yet.</li>}
      </ul>
      <form class="card" onSubmit={add}>
        <h2>Add a habit</h2>
        <label for="habit-name">Habit name</label>
        <input id="habit-name" value={name} aria-describedby={errors.name ? 'habit-name-error' : undefined}
          onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        {errors.name && <p id="habit-name-error" class="error" role="alert">{errors.name}</p>}
        <label for="habit-schedule">Schedule (daily, mon,wed,fri or 3/week)</label>
        <input id="habit-schedule" value={schedule} aria-describedby={errors.schedule ? 'habit-schedule-error' : undefined}
          onInput={(e) => setSchedule((e.target as HTMLInputElement).value)} />
        {errors.schedule && <p id="habit-schedule-error" class="error" role="alert">{errors.schedule}</p>}
        <button type="submit">Add habit</button>
      </form>
    </section>
  );
}
