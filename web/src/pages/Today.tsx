import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { HabitReport, RowFast, RowTask } from '../api/schema';
import type { PageProps } from '../page';
import { useLive } from '../live';
import { QuickAdd } from '../QuickAdd';
import { addDays, shortDate, today, when } from '../dates';
import { Due, PriorityBadge } from './Tasks';
import { hms } from '../fmt';

const TASK = '/v1/workspaces/{workspace_id}/tasks/{id}' as const;

type View = { tasks: RowTask[]; habits: HabitReport[]; fast: RowFast | null };

/** Everything due or running today, across the domains. */
export function Today({ ws }: PageProps) {
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState('');
  const [now, setNow] = useState(Date.now());
  const load = async () => {
    try {
      const path = { workspace_id: ws };
      const [{ data: tasks }, { data: habits }, { data: fasts }] = await Promise.all([
        api.GET('/v1/workspaces/{workspace_id}/tasks', { params: { path, query: { status: 'todo,doing', due_before: addDays(today(), 1), limit: 500 } } }),
        api.GET('/v1/workspaces/{workspace_id}/reports/habits', { params: { path, query: { today: today() } } }),
        api.GET('/v1/workspaces/{workspace_id}/fasts', { params: { path, query: { limit: 500 } } }),
      ]);
      setView({
        tasks: tasks?.items ?? [],
        habits: (habits ?? []).filter((h) => h.today === 'due'),
        fast: fasts?.items.find((f) => !f.ended_at) ?? null,
      });
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  useEffect(() => {
    if (!view?.fast) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [view?.fast?.id]);

  const complete = async (t: RowTask) => {
    try {
      await api.PATCH(TASK, { params: { path: { workspace_id: ws, id: t.id } }, body: { version: t.version, status: 'done', completed_at: new Date().toISOString() } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  const checkIn = async (h: HabitReport) => {
    try {
      await api.POST('/v1/workspaces/{workspace_id}/habit_checkins', { params: { path: { workspace_id: ws } }, body: { habit_id: h.habit_id, date: today(), status: 'done' } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  const fast = view?.fast;
  const elapsed = fast ? now - Date.parse(fast.started_at) : 0;
  const target = (fast?.target_minutes ?? 0) * 60000;
  return (
    <section data-ready={view ? 'today' : undefined}>
      <p class="meta today-date">{shortDate(today())}</p>
      <QuickAdd ws={ws} onAdded={load} />
      {error && <p class="error" role="alert">{error}</p>}
      {view && (
        <div class="today-grid">
          <div class="card">
            <h2>Tasks due <span class="count">{view.tasks.length}</span></h2>
            <ul class="list" aria-label="Tasks due">
              {view.tasks.map((t) => (
                <li key={t.id}>
                  <input type="checkbox" id={`today-${t.id}`} onChange={() => complete(t)} />
                  <div class="grow">
                    <label for={`today-${t.id}`}>{t.title}</label>
                    <div class="chips"><PriorityBadge p={t.priority} /><Due due={t.due} />{t.tags.map((g) => <span class="tag" key={g}>#{g}</span>)}</div>
                  </div>
                </li>
              ))}
              {view.tasks.length === 0 && <li class="empty">Nothing due today.</li>}
            </ul>
          </div>
          <div class="card">
            <h2>Habits due <span class="count">{view.habits.length}</span></h2>
            <ul class="list" aria-label="Habits due">
              {view.habits.map((h) => (
                <li key={h.habit_id}>
                  <div class="grow"><strong>{h.name}</strong><div class="meta">streak {h.stats.current_streak} · {h.schedule}</div></div>
                  <button type="button" class="small" onClick={() => checkIn(h)}>Check in {h.name}</button>
                </li>
              ))}
              {view.habits.length === 0 && <li class="empty">No habit left for today.</li>}
            </ul>
          </div>
          <div class="card">
            <h2>Fasting</h2>
            {fast ? (
              <div aria-label="Running fast" role="group">
                <p class="big-inline" role="timer" aria-label="Time fasting">{hms(elapsed)}</p>
                {target > 0 && <progress max={target} value={Math.min(elapsed, target)} aria-label="Progress to target" />}
                <p class="meta">since {when(fast.started_at)}{target ? ` · target ${fast.target_minutes! / 60} h` : ''}</p>
              </div>
            ) : (
              <p class="meta">Not fasting. <a href="/fasting">Start a fast</a></p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
