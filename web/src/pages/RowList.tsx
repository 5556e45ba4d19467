import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { paths } from '../api/schema';
import { useLive } from '../live';

type ListPath = {
  [P in keyof paths]: P extends `/v1/workspaces/{workspace_id}/${string}` ? (P extends `${string}/{id}` | `${string}/sync/${string}` | `${string}/members` | '/v1/workspaces/{workspace_id}' ? never : P) : never;
}[keyof paths];

type AnyRow = { id: string; updated_at: string; [k: string]: unknown };

function label(r: AnyRow): string {
  for (const k of ['name', 'title', 'kind', 'payee', 'reading', 'category']) {
    if (typeof r[k] === 'string' && r[k]) return r[k] as string;
  }
  return r.id;
}

/** A read-only list of one kind's rows (the pages without a form of their own yet). */
export function RowList({ ws, path }: { ws: string; path: ListPath }) {
  const [rows, setRows] = useState<AnyRow[]>([]);
  const [error, setError] = useState('');
  const load = async () => {
    try {
      // Every list route answers a page of rows with the same parameters.
      const { data } = await (api.GET as (p: ListPath, o: unknown) => Promise<{ data?: { items: AnyRow[] } }>)(path, {
        params: { path: { workspace_id: ws }, query: { limit: 200 } },
      });
      setRows(data?.items ?? []);
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => { load(); }, [ws, path]);
  useLive(ws, load);
  return (
    <section>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="list">
        {rows.map((r) => (
          <li key={r.id}>
            <span class="grow">{label(r)}</span>
            <span class="meta">{new Date(r.updated_at).toLocaleDateString()}</span>
          </li>
        ))}
        {rows.length === 0 && <li class="empty">Nothing here yet: add some with the CLI or the TUI.</li>}
      </ul>
    </section>
  );
}
