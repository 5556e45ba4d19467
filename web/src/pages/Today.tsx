import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { HabitToday, PersonReport, PlanToday, RowTask, TodayReport } from '../api/schema';
import type { PageProps } from '../page';
import { useLive } from '../live';
import { QuickAdd } from '../QuickAdd';
import { offsetMinutes, shortDate, today, when } from '../dates';
import { Due, PriorityBadge } from './Tasks';
import { hms } from '../fmt';
import { KINDS, show } from '../health';

const TASK = '/v1/workspaces/{workspace_id}/tasks/{id}' as const;

/** A birthday of the report. The OpenAPI document names this `Birthday`, the same name as
 * the birthday value type, so schema.d.ts types it as a string; the server sends the
 * person, the days to it and the age they turn (PersonReport's own fields, and `days`). */
type Upcoming = Pick<PersonReport, 'person' | 'turns'> & { days: number };

/** Everything due or running today, across the domains: one `reports/today`, the same
 * summary (lifeos-core's `today::summarize`) the TUI's Today shows. */
export function Today({ ws }: PageProps) {
  const [view, setView] = useState<{ report: TodayReport } | null>(null);
  const [error, setError] = useState('');
  const [now, setNow] = useState(Date.now());
  const load = async () => {
    try {
      const { data } = await api.GET('/v1/workspaces/{workspace_id}/reports/today', {
        params: { path: { workspace_id: ws }, query: { date: today(), offset_minutes: offsetMinutes() } },
      });
      if (data) setView({ report: data });
      setNow(Date.now());
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const running = view?.report.running_fast;
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [running?.fast.id]);

  const complete = async (t: RowTask) => {
    try {
      await api.PATCH(TASK, { params: { path: { workspace_id: ws, id: t.id } }, body: { version: t.version, status: 'done', completed_at: new Date().toISOString() } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  const checkIn = async (h: HabitToday) => {
    try {
      await api.POST('/v1/workspaces/{workspace_id}/habit_checkins', { params: { path: { workspace_id: ws } }, body: { habit_id: h.habit.id, date: view?.report.date ?? today(), status: 'done' } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  const read = async (p: PlanToday, reading: string) => {
    try {
      await api.POST('/v1/workspaces/{workspace_id}/readings_done', { params: { path: { workspace_id: ws } }, body: { plan_id: p.plan.id, reading, done_on: view?.report.date ?? today() } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  const r = view?.report;
  // The timer runs on the browser's clock from the fast's start (the report's
  // elapsed_seconds is the server's, at the moment it answered).
  const elapsed = running ? Math.max(0, now - Date.parse(running.fast.started_at)) : 0;
  const target = (running?.target_minutes ?? 0) * 60000;
  const due = r ? r.habits.filter((h) => h.today === 'due') : [];
  const doneHabits = r ? r.habits.filter((h) => h.today === 'done').length : 0;
  const birthdays = (r?.birthdays ?? []) as unknown as Upcoming[];
  return (
    <section data-ready={r ? 'today' : undefined}>
      <p class="meta today-date">{shortDate(r?.date ?? today())}</p>
      <QuickAdd ws={ws} onAdded={load} />
      {error && <p class="error" role="alert">{error}</p>}
      {r && (
        <div class="today-grid">
          <div class="card">
            <h2>Tasks due <span class="count">{r.tasks_due.length}</span></h2>
            <ul class="list" aria-label="Tasks due">
              {r.tasks_due.map((t) => (
                <li key={t.id}>
                  <input type="checkbox" id={`today-${t.id}`} onChange={() => complete(t)} />
                  <div class="grow">
                    <label for={`today-${t.id}`}>{t.title}</label>
                    <div class="chips"><PriorityBadge p={t.priority} /><Due due={t.due} />{t.tags.map((g) => <span class="tag" key={g}>#{g}</span>)}</div>
                  </div>
                </li>
              ))}
              {r.tasks_due.length === 0 && <li class="empty">Nothing due today.</li>}
            </ul>
          </div>
          <div class="card">
            <h2>Habits due <span class="count">{due.length}</span></h2>
            <ul class="list" aria-label="Habits due">
              {due.map((h) => (
                <li key={h.habit.id}>
                  <div class="grow"><strong>{h.habit.name}</strong><div class="meta">{h.habit.schedule}{h.habit.target ? ` · ${h.habit.target} ${h.habit.unit}` : ''}</div></div>
                  <button type="button" class="small" onClick={() => checkIn(h)}>Check in {h.habit.name}</button>
                </li>
              ))}
              {due.length === 0 && <li class="empty">No habit left for today.</li>}
            </ul>
            {r.habits.length > 0 && <p class="meta">{doneHabits} of {r.habits.filter((h) => h.today !== 'not_due').length} done today</p>}
          </div>
          <div class="card">
            <h2>Fasting</h2>
            {running ? (
              <div aria-label="Running fast" role="group">
                <p class="big-inline" role="timer" aria-label="Time fasting">{hms(elapsed)}</p>
                {target > 0 && <progress max={target} value={Math.min(elapsed, target)} aria-label="Progress to target" />}
                <p class="meta">since {when(running.fast.started_at)}{target ? ` · target ${running.target_minutes! / 60} h` : ''}{running.met_target || (target > 0 && elapsed >= target) ? ' · target reached' : ''}</p>
              </div>
            ) : (
              <p class="meta">Not fasting. <a href="/fasting">Start a fast</a></p>
            )}
          </div>
          <div class="card">
            <h2>Health today <span class="count">{r.health_today.length}</span></h2>
            <ul class="list" aria-label="Health today">
              {r.health_today.map((m) => (
                <li key={m.id}>
                  <div class="grow"><strong>{m.kind === 'custom' ? m.custom_kind : KINDS[m.kind].label}</strong><div class="meta">{when(m.recorded_at)}</div></div>
                  <span class="amount">{show(m)}{m.value2 != null ? `/${m.value2}` : ''}</span>
                </li>
              ))}
              {r.health_today.length === 0 && <li class="empty">Nothing logged today. <a href="/health">Log</a></li>}
            </ul>
          </div>
          <div class="card">
            <h2>Reading <span class="count">{r.readings.reduce((n, p) => n + p.status.today.length, 0)}</span></h2>
            <ul class="list" aria-label="Readings today">
              {r.readings.map((p) => (
                <li key={p.plan.id} class="stack">
                  <div class="grow">
                    <strong>{p.plan.name}</strong>
                    <div class="meta">day {p.status.day} · {p.status.done} of {p.status.total} read ({p.status.percent}%){p.status.behind_days ? ` · ${p.status.behind_days} day${p.status.behind_days === 1 ? "" : "s"} behind` : ''}</div>
                  </div>
                  {p.status.today.map((x) => (
                    <button type="button" class="small ghost" key={x.text} onClick={() => read(p, x.text)} aria-label={`Read ${x.text}`}>✓ {x.text}</button>
                  ))}
                  {p.status.missed.length > 0 && (
                    <p class="meta">Catch up: {p.status.missed.slice(0, 5).map((x) => x.text).join(', ')}{p.status.missed.length > 5 ? ` and ${p.status.missed.length - 5} more` : ''}</p>
                  )}
                  {p.status.today.length === 0 && p.status.missed.length === 0 && <p class="meta">{p.status.next ? `Next: ${p.status.next.text}` : 'Read for today.'}</p>}
                </li>
              ))}
              {r.readings.length === 0 && <li class="empty">No reading plan. <a href="/faith">Add one</a></li>}
            </ul>
          </div>
          <div class="card">
            <h2>Spent this month</h2>
            <ul class="list" aria-label="Spent this month">
              {r.spent_this_month.map((s) => (
                <li key={s.currency_code}><div class="grow">{s.currency_code}</div><span class="amount">{s.amount} {s.currency_code}</span></li>
              ))}
              {r.spent_this_month.length === 0 && <li class="empty">Nothing spent this month.</li>}
            </ul>
          </div>
          <div class="card">
            <h2>Birthdays <span class="count">{birthdays.length}</span></h2>
            <ul class="list" aria-label="Birthdays coming up">
              {birthdays.map((b) => (
                <li key={b.person.id}>
                  <div class="grow"><strong>{b.person.name}</strong>{b.turns != null && <div class="meta">turns {b.turns}</div>}</div>
                  <span class="meta">{b.days === 0 ? 'today' : b.days === 1 ? 'tomorrow' : `in ${b.days} days`}</span>
                </li>
              ))}
              {birthdays.length === 0 && <li class="empty">None in the next two weeks.</li>}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
