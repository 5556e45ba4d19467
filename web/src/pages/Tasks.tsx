import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, message } from '../api/client';
import type { RowTask, TaskStatus } from '../api/schema';
import { useLive } from '../live';
import { Attachments } from '../Attachments';

const P = '/v1/workspaces/{workspace_id}/tasks' as const;
const ITEM = '/v1/workspaces/{workspace_id}/tasks/{id}' as const;

export function Tasks({ ws }: { ws: string }) {
  const [rows, setRows] = useState<RowTask[]>([]);
  const [status, setStatus] = useState<string>('todo,doing');
  const [title, setTitle] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<RowTask | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const load = async () => {
    try {
      const { data } = await api.GET(P, { params: { path: { workspace_id: ws }, query: { status, limit: 500 } } });
      setRows(data?.items ?? []);
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws, status]);
  useLive(ws, load);

  const add = async (e: Event) => {
    e.preventDefault();
    setFieldError('');
    try {
      await api.POST(P, { params: { path: { workspace_id: ws } }, body: { title } });
      setTitle('');
      load();
    } catch (err) {
      // What was typed stays in the field; the server's message sits beside it.
      if (err instanceof ApiError && err.field) setFieldError(`${err.field}: ${err.message}`);
      else setFieldError(message(err));
    }
  };
  const setDone = async (t: RowTask, done: boolean) => {
    const next: TaskStatus = done ? 'done' : 'todo';
    try {
      await api.PATCH(ITEM, {
        params: { path: { workspace_id: ws, id: t.id } },
        body: { version: t.version, status: next, completed_at: done ? new Date().toISOString() : null },
      });
      load();
    } catch (err) {
      setError(message(err));
    }
  };
  const remove = async (t: RowTask) => {
    try {
      await api.DELETE(ITEM, { params: { path: { workspace_id: ws, id: t.id }, query: { version: t.version } } });
      setUndo(t);
      load();
    } catch (err) {
      setError(message(err));
    }
  };
  const restore = async () => {
    if (!undo) return;
    const { title, notes, status, priority, due, tags, person_id, place_id } = undo;
    try {
      await api.POST(P, { params: { path: { workspace_id: ws } }, body: { title, notes, status, priority, due, tags, person_id, place_id, completed_at: undo.completed_at } });
      setUndo(null);
      load();
    } catch (err) {
      setError(message(err));
    }
  };

  return (
    <section>
      <form class="add" onSubmit={add}>
        <label for="new-task">New task</label>
        <div class="row">
          <input id="new-task" value={title} aria-invalid={fieldError ? 'true' : undefined}
            aria-describedby={fieldError ? 'new-task-error' : undefined}
            onInput={(e) => setTitle((e.target as HTMLInputElement).value)} placeholder="Buy milk" />
          <button type="submit">Add</button>
        </div>
        {fieldError && <p id="new-task-error" class="error" role="alert">{fieldError}</p>}
      </form>
      <label class="filter">
        Show
        <select value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
          <option value="todo,doing">Open</option>
          <option value="done">Done</option>
          <option value="todo,doing,done,cancelled">All</option>
        </select>
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      {undo && (
        <p class="notice" role="status">
          Deleted “{undo.title}”. <button type="button" class="link" onClick={restore}>Undo</button>
        </p>
      )}
      <ul class="list" aria-label="Tasks">
        {rows.map((t) => (
          <li key={t.id} class={t.status === 'done' ? 'done' : ''}>
            <input type="checkbox" id={`done-${t.id}`} checked={t.status === 'done'}
              onChange={(e) => setDone(t, (e.target as HTMLInputElement).checked)} />
            <label for={`done-${t.id}`} class="grow">{t.title}</label>
            {t.due && <span class="meta">due {t.due}</span>}
            {t.tags.map((g) => <span class="tag" key={g}>#{g}</span>)}
            <button type="button" class="ghost" aria-expanded={open === t.id} aria-label={`Files of ${t.title}`}
              onClick={() => setOpen(open === t.id ? null : t.id)}>Files</button>
            <button type="button" class="ghost" aria-label={`Delete ${t.title}`} onClick={() => remove(t)}>✕</button>
            {open === t.id && <Attachments ws={ws} entity="task" entityId={t.id} label={t.title} />}
          </li>
        ))}
        {rows.length === 0 && <li class="empty">Nothing here.</li>}
      </ul>
    </section>
  );
}
