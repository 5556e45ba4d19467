import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { PersonReport, RowPerson } from '../api/schema';
import { useLive } from '../live';
import { Field, FormError, useErrors } from '../ui';
import { offsetMinutes, today } from '../dates';
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

const inDays = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`);
const contact = (n: number | null | undefined) =>
  n == null ? 'never contacted' : n === 0 ? 'contacted today' : n === 1 ? 'contacted yesterday' : `contacted ${n} days ago`;

export function People({ ws }: PageProps) {
  const [rows, setRows] = useState<PersonReport[]>([]);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const load = async () => {
    try {
      // Everyone with their next birthday and days since the last contact, in local days:
      // the server's report (lifeos-core's, as the CLI and the TUI show it).
      const { data } = await api.GET('/v1/workspaces/{workspace_id}/reports/people', { params: { path: { workspace_id: ws }, query: { date: today(), offset_minutes: offsetMinutes() } } });
      setRows((data ?? []).sort((a, b) => a.person.name.localeCompare(b.person.name)));
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
  const soon = rows.filter((r) => r.birthday_in_days != null && r.birthday_in_days <= 30).sort((a, b) => a.birthday_in_days! - b.birthday_in_days!);
  return (
    <section class="split">
      <div><PersonForm ws={ws} onDone={load} /></div>
      <div>
        {error && <p class="error" role="alert">{error}</p>}
        {soon.length > 0 && (
          <div class="card">
            <h2>Birthdays coming up</h2>
            <ul class="list" aria-label="Birthdays coming up">
              {soon.map((r) => (
                <li key={r.person.id}>
                  <div class="grow"><strong>{r.person.name}</strong>{r.turns != null && <div class="meta">turns {r.turns}</div>}</div>
                  <span class="meta">{inDays(r.birthday_in_days!)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <h2>Everyone</h2>
        <ul class="list" aria-label="People">
          {rows.map((r) => {
            const p = r.person;
            return (
            <li key={p.id}>
              <span class="avatar" aria-hidden="true">{p.name.slice(0, 1).toUpperCase()}</span>
              <div class="grow">
                <strong>{p.name}</strong>
                <div class="meta">
                  {[p.emails[0], p.phones[0], r.birthday_in_days != null && `birthday ${inDays(r.birthday_in_days)}`, contact(r.days_since_contact)].filter(Boolean).join(' · ')}
                </div>
              </div>
              <div class="actions">
                <button type="button" class="ghost small" aria-label={`Contacted ${p.name} now`} onClick={() => contacted(p)}>Contacted</button>
                <button type="button" class="ghost small" aria-label={`Edit ${p.name}`} aria-expanded={editing === p.id} onClick={() => setEditing(editing === p.id ? null : p.id)}>Edit</button>
              </div>
              {editing === p.id && <PersonForm ws={ws} person={p} onDone={() => { setEditing(null); load(); }} />}
            </li>
            );
          })}
          {rows.length === 0 && <li class="empty">No people yet.</li>}
        </ul>
      </div>
    </section>
  );
}
