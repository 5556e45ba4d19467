import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { RowPerson } from '../api/schema';
import { useLive } from '../live';
import { Field, FormError, useErrors } from '../ui';
import { when } from '../dates';
import type { PageProps } from '../page';

const P = '/v1/workspaces/{workspace_id}/people' as const;
const ITEM = '/v1/workspaces/{workspace_id}/people/{id}' as const;
const FIELDS = ['name', 'emails', 'phones', 'birthday', 'notes', 'tags'];
const list = (s: string) => s.split(/[\s,]+/).map((x) => x.replace(/^#/, '')).filter(Boolean);

function PersonForm({ ws, person, onDone }: { ws: string; person?: RowPerson; onDone: () => void }) {
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.emails.join(', ') ?? '');
  const [phone, setPhone] = useState(person?.phones.join(', ') ?? '');
  const [birthday, setBirthday] = useState(person?.birthday ?? '');
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [tags, setTags] = useState(person?.tags.join(' ') ?? '');
  const { errors, fail, clear } = useErrors();
  const id = person ? `p-${person.id}` : 'person';
  const save = async (e: Event) => {
    e.preventDefault();
    clear();
    const body = {
      name, notes, tags: list(tags), birthday: birthday.trim() || null,
      emails: email.split(/[\s,]+/).filter(Boolean), phones: phone.split(/,/).map((x) => x.trim()).filter(Boolean),
    };
    try {
      if (person) await api.PATCH(ITEM, { params: { path: { workspace_id: ws, id: person.id } }, body: { version: person.version, ...body } });
      else {
        await api.POST(P, { params: { path: { workspace_id: ws } }, body });
        setName(''); setEmail(''); setPhone(''); setBirthday(''); setNotes(''); setTags('');
      }
      onDone();
    } catch (err) {
      fail(err, FIELDS);
    }
  };
  return (
    <form class={person ? 'edit' : 'card add'} onSubmit={save} aria-label={person ? `Edit ${person.name}` : 'Add a person'}>
      {!person && <h2>Add a person</h2>}
      <Field id={`${id}-name`} label="Name" name="name" errors={errors} value={name} onValue={setName} />
      <div class="grid2">
        <Field id={`${id}-email`} label="Email" name="emails" errors={errors} type="text" inputMode="email" value={email} onValue={setEmail} />
        <Field id={`${id}-phone`} label="Phone" name="phones" errors={errors} type="tel" value={phone} onValue={setPhone} />
        <Field id={`${id}-birthday`} label="Birthday" name="birthday" errors={errors} value={birthday} onValue={setBirthday} placeholder="1990-03-14 or --03-14" />
        <Field id={`${id}-tags`} label="Tags" name="tags" errors={errors} value={tags} onValue={setTags} />
      </div>
      <Field id={`${id}-notes`} label="Notes" name="notes" errors={errors} kind="textarea" rows={2} value={notes} onValue={setNotes} />
      <FormError errors={errors} />
      <div class="row end">
        {person && <button type="button" class="ghost" onClick={onDone}>Cancel</button>}
        <button type="submit">{person ? 'Save' : 'Add person'}</button>
      </div>
    </form>
  );
}

export function People({ ws }: PageProps) {
  const [rows, setRows] = useState<RowPerson[]>([]);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const load = async () => {
    try {
      const { data } = await api.GET(P, { params: { path: { workspace_id: ws }, query: { limit: 500 } } });
      setRows((data?.items ?? []).sort((a, b) => a.name.localeCompare(b.name)));
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const contacted = async (p: RowPerson) => {
    try {
      await api.PATCH(ITEM, { params: { path: { workspace_id: ws, id: p.id } }, body: { version: p.version, last_contacted_at: new Date().toISOString() } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  return (
    <section class="split">
      <div><PersonForm ws={ws} onDone={load} /></div>
      <div>
        {error && <p class="error" role="alert">{error}</p>}
        <h2>Everyone</h2>
        <ul class="list" aria-label="People">
          {rows.map((p) => (
            <li key={p.id}>
              <span class="avatar" aria-hidden="true">{p.name.slice(0, 1).toUpperCase()}</span>
              <div class="grow">
                <strong>{p.name}</strong>
                <div class="meta">
                  {[p.emails[0], p.phones[0], p.birthday && `birthday ${p.birthday}`, p.last_contacted_at ? `contacted ${when(p.last_contacted_at)}` : 'never contacted'].filter(Boolean).join(' · ')}
                </div>
              </div>
              <div class="actions">
                <button type="button" class="ghost small" aria-label={`Contacted ${p.name} now`} onClick={() => contacted(p)}>Contacted</button>
                <button type="button" class="ghost small" aria-label={`Edit ${p.name}`} aria-expanded={editing === p.id} onClick={() => setEditing(editing === p.id ? null : p.id)}>Edit</button>
              </div>
              {editing === p.id && <PersonForm ws={ws} person={p} onDone={() => { setEditing(null); load(); }} />}
            </li>
          ))}
          {rows.length === 0 && <li class="empty">No people yet.</li>}
        </ul>
      </div>
    </section>
  );
}
