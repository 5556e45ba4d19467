import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { RowNote } from '../api/schema';
import { useLive } from '../live';
import { Attachments } from '../Attachments';
import { Field, FormError, restoreRow, useErrors, useUndo } from '../ui';
import { renderMarkdown } from '../markdown';
import { when } from '../dates';
import type { PageProps } from '../page';

const P = '/v1/workspaces/{workspace_id}/notes' as const;
const ITEM = '/v1/workspaces/{workspace_id}/notes/{id}' as const;
const FIELDS = ['title', 'body', 'tags', 'pinned'];
const splitTags = (s: string) => s.split(/[\s,]+/).map((x) => x.replace(/^#/, '')).filter(Boolean);

/** The rendered Markdown (sanitized: see markdown.ts). */
function Body({ src }: { src: string }) {
  const html = useMemo(() => renderMarkdown(src), [src]);
  return <div class="md" dangerouslySetInnerHTML={{ __html: html }} />;
}

function NoteForm({ ws, note, onDone }: { ws: string; note?: RowNote; onDone: () => void }) {
  const [title, setTitle] = useState(note?.title ?? '');
  const [body, setBody] = useState(note?.body ?? '');
  const [tags, setTags] = useState(note?.tags.join(' ') ?? '');
  const [preview, setPreview] = useState(false);
  const { errors, fail, clear } = useErrors();
  const id = note ? `note-${note.id}` : 'note';
  const save = async (e: Event) => {
    e.preventDefault();
    clear();
    try {
      if (note) {
        await api.PATCH(ITEM, { params: { path: { workspace_id: ws, id: note.id } }, body: { version: note.version, title, body, tags: splitTags(tags) } });
      } else {
        await api.POST(P, { params: { path: { workspace_id: ws } }, body: { title, body, tags: splitTags(tags) } });
        setTitle('');
        setBody('');
        setTags('');
        setPreview(false);
      }
      onDone();
    } catch (err) {
      fail(err, FIELDS);
    }
  };
  return (
    <form class={note ? 'edit' : 'card add'} onSubmit={save} aria-label={note ? `Edit ${note.title}` : 'New note'}>
      {!note && <h2>New note</h2>}
      <Field id={`${id}-title`} label="Title" name="title" errors={errors} value={title} onValue={setTitle} />
      {preview ? (
        <div class="field">
          <span class="label-like">Preview</span>
          <div class="preview"><Body src={body} /></div>
        </div>
      ) : (
        <Field id={`${id}-body`} label="Body (Markdown)" name="body" errors={errors} kind="textarea" rows={note ? 8 : 4} value={body} onValue={setBody} />
      )}
      <Field id={`${id}-tags`} label="Tags" name="tags" errors={errors} value={tags} onValue={setTags} hint="Separated by spaces" />
      <FormError errors={errors} />
      <div class="row end">
        <button type="button" class="ghost" aria-pressed={preview} onClick={() => setPreview(!preview)}>{preview ? 'Write' : 'Preview'}</button>
        {note && <button type="button" class="ghost" onClick={onDone}>Cancel</button>}
        <button type="submit">{note ? 'Save note' : 'Add note'}</button>
      </div>
    </form>
  );
}

export function Notes({ ws }: PageProps) {
  const [rows, setRows] = useState<RowNote[]>([]);
  const [error, setError] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [tag, setTag] = useState('');
  const load = async () => {
    try {
      const { data } = await api.GET(P, { params: { path: { workspace_id: ws }, query: { limit: 500 } } });
      setRows((data?.items ?? []).sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updated_at.localeCompare(a.updated_at)));
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const pin = async (n: RowNote) => {
    try {
      await api.PATCH(ITEM, { params: { path: { workspace_id: ws, id: n.id } }, body: { version: n.version, pinned: !n.pinned } });
      load();
    } catch (err) {
      setError(message(err));
    }
  };
  const { offer, notice } = useUndo((e) => setError(message(e)), () => load());
  const remove = async (n: RowNote) => {
    try {
      await api.DELETE(ITEM, { params: { path: { workspace_id: ws, id: n.id }, query: { version: n.version } } });
      offer(n.title, () => restoreRow(ws, 'notes', n.id, n.version + 1));
      load();
    } catch (err) {
      setError(message(err));
    }
  };
  const allTags = [...new Set(rows.flatMap((n) => n.tags))].sort();
  const shown = tag ? rows.filter((n) => n.tags.includes(tag)) : rows;
  return (
    <section class="split">
      <div>
        <NoteForm ws={ws} onDone={load} />
        {allTags.length > 0 && (
          <div class="tagbar" role="group" aria-label="Filter by tag">
            <button type="button" class="chip" aria-pressed={tag === ''} onClick={() => setTag('')}>All</button>
            {allTags.map((g) => <button type="button" class="chip" key={g} aria-pressed={tag === g} onClick={() => setTag(tag === g ? '' : g)}>#{g}</button>)}
          </div>
        )}
      </div>
      <div>
        {error && <p class="error" role="alert">{error}</p>}
        {notice}
        <ul class="cards" aria-label="Notes">
          {shown.map((n) => (
            <li key={n.id} class={`card note${n.pinned ? ' pinned' : ''}`}>
              <div class="row">
                <h2 class="grow">{n.pinned && <span class="pin" aria-label="Pinned">★ </span>}{n.title}</h2>
                <button type="button" class="ghost small" aria-pressed={n.pinned} aria-label={`${n.pinned ? 'Unpin' : 'Pin'} ${n.title}`} onClick={() => pin(n)}>{n.pinned ? 'Unpin' : 'Pin'}</button>
              </div>
              {editing === n.id ? <NoteForm ws={ws} note={n} onDone={() => { setEditing(null); load(); }} /> : <Body src={n.body} />}
              <div class="row wrap">
                <span class="grow chips">
                  {n.tags.map((g) => <span class="tag" key={g}>#{g}</span>)}
                  <span class="meta">edited {when(n.updated_at)}</span>
                </span>
                <button type="button" class="ghost small" aria-label={`Edit ${n.title}`} aria-expanded={editing === n.id} onClick={() => setEditing(editing === n.id ? null : n.id)}>Edit</button>
                <button type="button" class="ghost small" aria-expanded={open === n.id} aria-label={`Files of ${n.title}`}
                  onClick={() => setOpen(open === n.id ? null : n.id)}>Files</button>
                <button type="button" class="ghost small" aria-label={`Delete ${n.title}`} onClick={() => remove(n)}>✕</button>
              </div>
              {open === n.id && <Attachments ws={ws} entity="note" entityId={n.id} label={n.title} />}
            </li>
          ))}
          {shown.length === 0 && <li class="empty">No notes yet.</li>}
        </ul>
      </div>
    </section>
  );
}
