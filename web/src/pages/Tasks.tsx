import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { Priority, RowTask, TaskStatus } from '../api/schema';
import { useLive } from '../live';
import { Attachments } from '../Attachments';
import { QuickAdd } from '../QuickAdd';
import { Field, FormError, restoreRow, useErrors, useUndo } from '../ui';
import { shortDate, today } from '../dates';
import type { PageProps } from '../page';

const P = '/v1/workspaces/{workspace_id}/tasks' as const;
const ITEM = '/v1/workspaces/{workspace_id}/tasks/{id}' as const;
const PRIORITIES: Priority[] = ['none', 'low', 'medium', 'high'];

/** A task's due day or instant, shown short; overdue ones marked. */
export function Due({ due }: { due: string | null }) {
  if (!due) return null;
  const day = due.slice(0, 10);
  const late = day < today();
  const label = day === today() ? 'today' : shortDate(day);
  return <span class={`due${late ? ' late' : ''}`}>{late ? 'overdue · ' : 'due '}{label}{due.length > 10 ? ` ${new Date(due).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}` : ''}</span>;
}

export function PriorityBadge({ p }: { p: Priority }) {
  return p === 'none' ? null : <span class={`prio prio-${p}`}>!{p}</span>;
}

function Edit({ ws, t, onDone }: { ws: string; t: RowTask; onDone: () => void }) {
  const [title, setTitle] = useState(t.title);
  const [notes, setNotes] = useState(t.notes);
  const [priority, setPriority] = useState<string>(t.priority);
  const [due, setDue] = useState(t.due?.slice(0, 10) ?? '');
  const [tags, setTags] = useState(t.tags.join(' '));
  const { errors, fail, clear } = useErrors();
  const save = async (e: Event) => {
    e.preventDefault();
    clear();
    try {
      await api.PATCH(ITEM, {
        params: { path: { workspace_id: ws, id: t.id } },
        body: {
          version: t.version, title, notes, priority: priority as Priority,
          due: due ? (t.due && t.due.length > 10 && t.due.slice(0, 10) === due ? t.due : due) : null,
          tags: tags.split(/[\s,]+/).map((x) => x.replace(/^#/, '')).filter(Boolean),
        },
      });
      onDone();
    } catch (err) {
      fail(err, ['title', 'notes', 'priority', 'due', 'tags']);
    }
  };
  const id = `edit-${t.id}`;
  return (
    <form class="edit" onSubmit={save} aria-label={`Edit ${t.title}`}>
      <div class="grid2">
        <Field id={`${id}-title`} label="Title" name="title" errors={errors} value={title} onValue={setTitle} />
        <Field id={`${id}-due`} label="Due" name="due" errors={errors} type="date" value={due} onValue={setDue} />
        <Field id={`${id}-priority`} label="Priority" name="priority" errors={errors} kind="select" value={priority} onValue={setPriority}>
          {PRIORITIES.map((p) => <option key={p} value={p}>{p}</option>)}
        </Field>
        <Field id={`${id}-tags`} label="Tags" name="tags" errors={errors} value={tags} onValue={setTags} hint="Separated by spaces" />
      </div>
      <Field id={`${id}-notes`} label="Notes" name="notes" errors={errors} kind="textarea" rows={3} value={notes} onValue={setNotes} />
      <FormError errors={errors} />
      <div class="row end">
        <button type="button" class="ghost" onClick={onDone}>Cancel</button>
        <button type="submit">Save</button>
      </div>
    </form>
  );
}

export function Tasks({ ws }: PageProps) {
  const [rows, setRows] = useState<RowTask[]>([]);
  const [status, setStatus] = useState<string>('todo,doing');
  const [tag, setTag] = useState('');
  const [search, setSearch] = useState('');
  const [dueBefore, setDueBefore] = useState('');
  const [error, setError] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [pages, setPages] = useState(1);

  /** The first `pages` pages of 100 (a long list grows by "Show more", not all at once). */
  const load = async (n = pages) => {
    try {
      const query: Record<string, string | number> = { status, limit: 100 };
      if (tag.trim()) query.tag = tag.trim().replace(/^#/, '');
      if (search.trim()) query.search = search.trim();
      if (dueBefore) query.due_before = dueBefore;
      let items: RowTask[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < n; i++) {
        const { data }: { data?: { items: RowTask[]; next_cursor: string | null } } = await api.GET(P, { params: { path: { workspace_id: ws }, query: cursor ? { ...query, cursor } : query } });
        items = items.concat(data?.items ?? []);
        cursor = data?.next_cursor ?? null;
        if (!cursor) break;
      }
      setRows(items);
      setNext(cursor);
      setPages(n);
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => {
    const t = setTimeout(() => load(1), search || tag ? 200 : 0);
    return () => clearTimeout(t);
  }, [ws, status, tag, search, dueBefore]);
  useLive(ws, () => load());

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
  const { offer, notice } = useUndo((e) => setError(message(e)), () => load());
  const remove = async (t: RowTask) => {
    try {
      await api.DELETE(ITEM, { params: { path: { workspace_id: ws, id: t.id }, query: { version: t.version } } });
      // Undo brings the same row back (restore), at the tombstone's version.
      offer(t.title, () => restoreRow(ws, 'tasks', t.id, t.version + 1));
      load();
    } catch (err) {
      setError(message(err));
    }
  };

  return (
    <section>
      <QuickAdd ws={ws} onAdded={() => load()} />
      <div class="filters" role="group" aria-label="Filters">
        <Field id="f-status" label="Show" kind="select" value={status} onValue={setStatus}>
          <option value="todo,doing">Open</option>
          <option value="done">Done</option>
          <option value="cancelled">Cancelled</option>
          <option value="todo,doing,done,cancelled">All</option>
        </Field>
        <Field id="f-search" label="Search" type="search" value={search} onValue={setSearch} />
        <Field id="f-tag" label="Tag" value={tag} onValue={setTag} placeholder="errands" />
        <Field id="f-due" label="Due before" type="date" value={dueBefore} onValue={setDueBefore} />
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {notice}
      <ul class="list" aria-label="Tasks">
        {rows.map((t) => (
          <li key={t.id} class={t.status === 'done' ? 'done' : ''}>
            <input type="checkbox" id={`done-${t.id}`} checked={t.status === 'done'}
              onChange={(e) => setDone(t, (e.target as HTMLInputElement).checked)} />
            <div class="grow">
              <label for={`done-${t.id}`}>{t.title}</label>
              <div class="chips">
                <PriorityBadge p={t.priority} />
                {t.status !== 'done' && <Due due={t.due} />}
                {t.tags.map((g) => <span class="tag" key={g}>#{g}</span>)}
              </div>
            </div>
            <div class="actions">
              <button type="button" class="ghost small" aria-expanded={editing === t.id} aria-label={`Edit ${t.title}`}
                onClick={() => setEditing(editing === t.id ? null : t.id)}>Edit</button>
              <button type="button" class="ghost small" aria-expanded={open === t.id} aria-label={`Files of ${t.title}`}
                onClick={() => setOpen(open === t.id ? null : t.id)}>Files</button>
              <button type="button" class="ghost small" aria-label={`Delete ${t.title}`} onClick={() => remove(t)}>✕</button>
            </div>
            {editing === t.id && <Edit ws={ws} t={t} onDone={() => { setEditing(null); load(); }} />}
            {open === t.id && <Attachments ws={ws} entity="task" entityId={t.id} label={t.title} />}
          </li>
        ))}
        {rows.length === 0 && <li class="empty">Nothing here.</li>}
      </ul>
      {next && <button type="button" class="ghost more" onClick={() => load(pages + 1)}>Show more</button>}
    </section>
  );
}
