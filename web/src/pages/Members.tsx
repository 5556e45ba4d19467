import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { Member, Role } from '../api/schema';
import { Field, FormError, useErrors } from '../ui';
import { useLive } from '../live';
import type { PageProps } from '../page';

export function Members({ ws, role, me }: PageProps) {
  const [rows, setRows] = useState<Member[]>([]);
  const [email, setEmail] = useState('');
  const [newRole, setNewRole] = useState<string>('member');
  const [added, setAdded] = useState('');
  const { errors, setErrors, fail, clear } = useErrors();
  const load = async () => {
    try {
      const { data } = await api.GET('/v1/workspaces/{workspace_id}/members', { params: { path: { workspace_id: ws } } });
      setRows(data ?? []);
    } catch (e) {
      setErrors({ _: message(e) });
    }
  };
  useEffect(() => { load(); }, [ws]);
  useLive(ws, load);
  const invite = async (e: Event) => {
    e.preventDefault();
    clear();
    setAdded('');
    try {
      await api.POST('/v1/workspaces/{workspace_id}/members', { params: { path: { workspace_id: ws } }, body: { email, role: newRole as Role } });
      setAdded(email);
      setEmail('');
      load();
    } catch (err) {
      fail(err, ['email', 'role']);
    }
  };
  const name = me.workspaces.find((w) => w.id === ws)?.name ?? '';
  return (
    <section class="split">
      <div>
        <h2>Members of {name}</h2>
        <ul class="list" aria-label="Members">
          {rows.map((m) => (
            <li key={m.user_id}>
              <span class="avatar" aria-hidden="true">{m.email.slice(0, 1).toUpperCase()}</span>
              <div class="grow">
                <strong class="email" title={m.email}>{m.email}{m.user_id === me.user.id && <span class="meta"> (you)</span>}</strong>
                <div class="meta">joined {new Date(m.joined_at).toLocaleDateString()}</div>
              </div>
              <span class={`pill role-${m.role}`}>{m.role}</span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        {role === 'owner' ? (
          <form class="card" onSubmit={invite} aria-label="Invite a member">
            <h2>Invite by email</h2>
            <p class="meta">They need an account on this server; they see this workspace at their next sign-in.</p>
            <Field id="invite-email" label="Email of the new member" name="email" errors={errors} type="email" value={email} onValue={setEmail} required />
            <Field id="invite-role" label="Role" name="role" errors={errors} kind="select" value={newRole} onValue={setNewRole}>
              <option value="member">member</option>
              <option value="owner">owner</option>
            </Field>
            <FormError errors={errors} />
            {added && <p class="ok" role="status">{added} was added.</p>}
            <button type="submit">Invite</button>
          </form>
        ) : (
          <p class="notice">Only the workspace's owners invite members.</p>
        )}
      </div>
    </section>
  );
}
