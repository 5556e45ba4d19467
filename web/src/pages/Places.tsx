import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { RowPlace } from '../api/schema';
import { useLive } from '../live';
import { Field, FormError, useErrors } from '../ui';
import type { PageProps } from '../page';

const P = '/v1/workspaces/{workspace_id}/places' as const;
const ITEM = '/v1/workspaces/{workspace_id}/places/{id}' as const;
const FIELDS = ['name', 'address', 'latitude', 'longitude', 'notes', 'tags'];
const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

function PlaceForm({ ws, place, onDone }: { ws: string; place?: RowPlace; onDone: () => void }) {
  const [name, setName] = useState(place?.name ?? '');
  const [address, setAddress] = useState(place?.address ?? '');
  const [lat, setLat] = useState(place?.latitude?.toString() ?? '');
  const [lon, setLon] = useState(place?.longitude?.toString() ?? '');
  const [notes, setNotes] = useState(place?.notes ?? '');
  const [tags, setTags] = useState(place?.tags.join(' ') ?? '');
  const { errors, setErrors, fail, clear } = useErrors();
  const id = place ? `pl-${place.id}` : 'place';
  const save = async (e: Event) => {
    e.preventDefault();
    clear();
    const latitude = num(lat), longitude = num(lon);
    if (latitude !== null && Number.isNaN(latitude)) return setErrors({ latitude: 'a number of degrees, like 48.8584' });
    if (longitude !== null && Number.isNaN(longitude)) return setErrors({ longitude: 'a number of degrees, like 2.2945' });
    const body = { name, address, latitude, longitude, notes, tags: tags.split(/[\s,]+/).map((x) => x.replace(/^#/, '')).filter(Boolean) };
    try {
      if (place) await api.PATCH(ITEM, { params: { path: { workspace_id: ws, id: place.id } }, body: { version: place.version, ...body } });
      else {
        await api.POST(P, { params: { path: { workspace_id: ws } }, body });
        setName(''); setAddress(''); setLat(''); setLon(''); setNotes(''); setTags('');
      }
      onDone();
    } catch (err) {
      fail(err, FIELDS);
    }
  };
  return (
    <form class={place ? 'edit' : 'card add'} onSubmit={save} aria-label={place ? `Edit ${place.name}` : 'Add a place'}>
      {!place && <h2>Add a place</h2>}
      <Field id={`${id}-name`} label="Place name" name="name" errors={errors} value={name} onValue={setName} />
      <Field id={`${id}-address`} label="Address" name="address" errors={errors} value={address} onValue={setAddress} />
      <div class="grid2">
        <Field id={`${id}-lat`} label="Latitude" name="latitude" errors={errors} inputMode="decimal" value={lat} onValue={setLat} />
        <Field id={`${id}-lon`} label="Longitude" name="longitude" errors={errors} inputMode="decimal" value={lon} onValue={setLon} />
      </div>
      <Field id={`${id}-tags`} label="Tags" name="tags" errors={errors} value={tags} onValue={setTags} />
      <Field id={`${id}-notes`} label="Notes" name="notes" errors={errors} kind="textarea" rows={2} value={notes} onValue={setNotes} />
      <FormError errors={errors} />
      <div class="row end">
        {place && <button type="button" class="ghost" onClick={onDone}>Cancel</button>}
        <button type="submit">{place ? 'Save' : 'Add place'}</button>
      </div>
    </form>
  );
}

export function Places({ ws }: PageProps) {
  const [rows, setRows] = useState<RowPlace[]>([]);
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
  return (
    <section class="split">
      <div><PlaceForm ws={ws} onDone={load} /></div>
      <div>
        {error && <p class="error" role="alert">{error}</p>}
        <h2>Places</h2>
        <ul class="list" aria-label="Places">
          {rows.map((p) => (
            <li key={p.id}>
              <span class="avatar" aria-hidden="true">⌖</span>
              <div class="grow">
                <strong>{p.name}</strong>
                <div class="meta">{[p.address, p.latitude !== null && p.longitude !== null ? `${p.latitude}, ${p.longitude}` : ''].filter(Boolean).join(' · ') || 'No address'}</div>
                {p.tags.length > 0 && <div class="chips">{p.tags.map((g) => <span class="tag" key={g}>#{g}</span>)}</div>}
              </div>
              <button type="button" class="ghost small" aria-label={`Edit ${p.name}`} aria-expanded={editing === p.id} onClick={() => setEditing(editing === p.id ? null : p.id)}>Edit</button>
              {editing === p.id && <PlaceForm ws={ws} place={p} onDone={() => { setEditing(null); load(); }} />}
            </li>
          ))}
          {rows.length === 0 && <li class="empty">No places yet.</li>}
        </ul>
      </div>
    </section>
  );
}
