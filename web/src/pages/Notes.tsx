import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, message } from '../api/client';
import type { RowNote } from '../api/schema';
import { useLive } from '../live';
import { Attachments } from '../Attachments';

const P = '/v1/workspaces/{workspace_id}/notes' as const;
const ITEM = '/v1/workspaces/{workspace_id}/notes/{id}' as const;

export function Notes({ ws }: { ws: string }) {
  const [rows, setRows] = useState<RowNote[]>([]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [open, setOpen] = useState<string | null>(null);
  const load = async () => {
    try {
      const { data } = await api.GET(P, { params: { path: { workspace_id: ws }, query: { limit: 500 } } });
      setRows((data?.items ?? []).sort((a, b) => Number(b.pinned) - Number(a.pinned)));
    } catch (e) {
      setErrors({ _: message(e) });
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const add = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    try {
      await api.POST(P, { params: { path: { workspace_id: ws } }, body: { title, body } });
      setTitle('');
      setBody('');
      load();
    } catch (err) {
      setErrors({ [err instanceof ApiError && err.field ? err.field : '_']: message(err) });
    }
  };
  const pin = async (n: RowNote) => {
    try {
      await api.PATCH(ITEM, { params: { path: { workspace_id: ws, id: n.id } }, body: { version: n.version, pinned: !n.pinned } });
      load();
    } catch (err) {
      setErrors({ _: message(err) });
    }
  };
  return (
    <section>
      <form class="add card" onSubmit={add}>
        <label for="note-title">Title</label>
        <input id="note-title" value={title} aria-describedby={errors.title ? 'note-title-error' : undefined}
          onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
        {errors.title && <p id="note-title-error" class="error" role="alert">{errors.title}</p>}
        <label for="note-body">Body (Markdown)</label>
        <textarea id="note-body" rows={4} value={body} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} />
        {errors.body && <p class="error" role="alert">{errors.body}</p>}
        <button type="submit">Add note</button>
      </form>
      {errors._ && <p class="error" role="alert">{errors._}</p>}
      <ul class="cards" aria-label="Notes">
        {rows.map((n) => (
          <li key={n.id} class="card">
            <div class="row">
              <h2 class="grow">{n.title}</h2>
              <button type="button" class="ghost" aria-expanded={open === n.id} aria-label={`Files of ${n.title}`}
                onClick={() => setOpen(open === n.id ? null : n.id)}>Files</button>
              <button type="button" class="ghost" aria-pressed={n.pinned} onClick={() => pin(n)}>{n.pinned ? 'Unpin' : 'Pin'}</button>
            </div>
            {/* Shown as text (never as HTML), so a note cannot inject markup. */}
            <p class="body">{n.body}</p>
            {n.tags.map((g) => <span class="tag" key={g}>#{g}</span>)}
            {open === n.id && <Attachments ws={ws} entity="note" entityId={n.id} label={n.title} />}
          </li>
        ))}
        {rows.length === 0 && <li class="empty">No notes yet.</li>}
      </ul>
    </section>
  );
}
