// The files on one row (docs/attachments.md, "In the web app"): listed with a download
// link, added by a file input or by dropping them on the area, removed by deleting the
// attachment row. An upload hashes the file in the browser, creates the row, then sends
// the blob in parts, resuming from where the server stands when a part fails.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, message } from './api/client';
import type { NewAttachment, RowAttachment, UploadState, operations } from './api/schema';
import { useLive } from './live';

const LIST = '/v1/workspaces/{workspace_id}/attachments' as const;
const ITEM = '/v1/workspaces/{workspace_id}/attachments/{id}' as const;
const BLOB = '/v1/workspaces/{workspace_id}/blobs/{sha256}' as const;
const UPLOAD = '/v1/workspaces/{workspace_id}/uploads/{sha256}' as const;

/** Bytes per PUT: a big file is many requests, each well inside the server's timeout. */
export const PART_BYTES = 4 * 1024 * 1024;
/** Failed parts retried (after asking the server where the upload stands) before giving up. */
const RETRIES = 3;

type PutBody = operations['blob_put']['requestBody']['content']['application/octet-stream'];

/** `12345` → `12.1 KiB`. */
export function humanSize(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

// The characters a stored name may not hold (the server's pattern, and lifeos-core's
// sanitize_file_name): path separators, C0/C1 controls, direction marks and overrides.
const FORBIDDEN = /[/\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_NAME_BYTES = 255;

/** A storable name from whatever the browser calls the file, as lifeos-core's
 * `sanitize_file_name` makes it: the base name, each forbidden character replaced by `_`,
 * trimmed, cut at 255 bytes keeping the extension. `file` when nothing is left. */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? raw;
  const cleaned = base.replace(FORBIDDEN, '_').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return 'file';
  const enc = new TextEncoder();
  if (enc.encode(cleaned).length <= MAX_NAME_BYTES) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && enc.encode(cleaned.slice(dot)).length <= 16 ? cleaned.slice(dot) : '';
  let stem = cleaned.slice(0, cleaned.length - ext.length);
  const room = MAX_NAME_BYTES - enc.encode(ext).length;
  // Cut by code points, never inside one.
  while (enc.encode(stem).length > room) stem = Array.from(stem).slice(0, -1).join('');
  return `${stem.trimEnd()}${ext}` || 'file';
}

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
/** The browser's type for the file when the server accepts it, else octet-stream. */
export function mediaType(type: string): string {
  const t = type.split(';')[0].trim().toLowerCase();
  return MEDIA_TYPE.test(t) && t.length <= 255 ? t : 'application/octet-stream';
}

async function sha256(file: Blob): Promise<string> {
  // crypto.subtle exists only in a secure context (HTTPS, or localhost).
  if (!globalThis.crypto?.subtle) throw new Error('the browser hashes files only over HTTPS');
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Statuses retrying cannot cure. */
const FINAL = new Set([400, 401, 403, 404, 413, 422]);

/** Sends the blob `sha` (the bytes of `file`) in parts, from where the server stands. */
async function putBlob(ws: string, sha: string, file: Blob, progress: (sent: number) => void) {
  const path = { workspace_id: ws, sha256: sha };
  const size = file.size;
  // Already stored (another row, another device): nothing to send.
  try {
    await api.HEAD(BLOB, { params: { path } });
    progress(size);
    return;
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
  }
  const where = async (): Promise<number> => {
    try {
      const { data } = await api.GET(UPLOAD, { params: { path } });
      return (data as UploadState | undefined)?.offset ?? 0;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return 0;
      throw e;
    }
  };
  let offset = await where();
  let failures = 0;
  for (;;) {
    progress(offset);
    const part = file.slice(offset, Math.min(size, offset + PART_BYTES));
    try {
      const { data, response } = await api.PUT(BLOB, {
        params: { path, query: { size, offset } },
        // The bytes go as they are (the generated type describes them as a byte array).
        body: part as unknown as PutBody,
        bodySerializer: (b: unknown) => b as Blob,
        headers: { 'Content-Type': 'application/octet-stream' },
      });
      if (response.status === 200 || response.status === 201) {
        progress(size);
        return;
      }
      // 202: the server holds `offset` bytes; send the next part.
      const next = (data as UploadState | undefined)?.offset;
      if (next === undefined || next <= offset) throw new ApiError(response.status, 'the server did not take the part');
      offset = next;
      failures = 0;
    } catch (e) {
      if (e instanceof ApiError && FINAL.has(e.status)) throw e;
      if (++failures > RETRIES) throw e;
      await new Promise((r) => setTimeout(r, 300 * failures));
      // A part cut short (or a 409) leaves the upload wherever the server says it is.
      offset = await where();
    }
  }
}

type Upload = { key: number; name: string; size: number; sent: number; sha?: string; error?: string };

/** The attachments of the row `entity`:`entityId` (`label` names it for screen readers). */
export function Attachments({ ws, entity, entityId, label }: { ws: string; entity: NewAttachment['entity_kind']; entityId: string; label: string }) {
  const [rows, setRows] = useState<RowAttachment[]>([]);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [error, setError] = useState('');
  const [over, setOver] = useState(false);
  const seq = useRef(0);
  const id = `att-${entityId}`;

  const load = async () => {
    try {
      const { data } = await api.GET(LIST, {
        params: { path: { workspace_id: ws }, query: { entity_id: entityId, limit: 500 } },
      });
      setRows((data?.items ?? []).sort((a, b) => a.created_at.localeCompare(b.created_at)));
    } catch (e) {
      setError(message(e));
    }
  };
  // By the row's id alone: a ULID names one row whatever its kind.
  useEffect(() => { load(); }, [ws, entityId]);
  useLive(ws, load);

  const patch = (key: number, p: Partial<Upload>) =>
    setUploads((us) => us.map((u) => (u.key === key ? { ...u, ...p } : u)));

  const upload = async (file: File) => {
    const key = ++seq.current;
    const name = sanitizeFileName(file.name);
    setUploads((us) => [...us, { key, name, size: file.size, sent: 0 }]);
    let created: RowAttachment | undefined;
    try {
      const sha = await sha256(file);
      patch(key, { sha });
      const body: NewAttachment = { entity_kind: entity, entity_id: entityId, name, media_type: mediaType(file.type), size: file.size, sha256: sha };
      // The row first: the server stores no blob that no row names.
      const { data } = await api.POST(LIST, { params: { path: { workspace_id: ws } }, body });
      created = data;
      load();
      await putBlob(ws, sha, file, (sent) => patch(key, { sent }));
      setUploads((us) => us.filter((u) => u.key !== key));
    } catch (e) {
      // A row whose bytes never arrived would be a broken file on every device.
      if (created) {
        await api.DELETE(ITEM, { params: { path: { workspace_id: ws, id: created.id }, query: { version: created.version } } }).catch(() => {});
        load();
      }
      patch(key, { error: `${name} was not uploaded: ${message(e)}` });
    }
  };
  const add = (files: FileList | null | undefined) => {
    setError('');
    for (const f of Array.from(files ?? [])) upload(f);
  };
  const remove = async (a: RowAttachment) => {
    try {
      await api.DELETE(ITEM, { params: { path: { workspace_id: ws, id: a.id }, query: { version: a.version } } });
      load();
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <section class={`attachments${over ? ' over' : ''}`} aria-label={`Attachments of ${label}`}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        add(e.dataTransfer?.files);
      }}>
      <ul class="files" aria-label={`Files of ${label}`}>
        {rows.filter((a) => !uploads.some((u) => u.sha === a.sha256 && !u.error)).map((a) => (
          <li key={a.id}>
            <a class="grow" href={`/v1/workspaces/${encodeURIComponent(ws)}/blobs/${a.sha256}`} download={a.name}>{a.name}</a>
            <span class="meta">{humanSize(a.size)}</span>
            <span class="meta type">{a.media_type}</span>
            <button type="button" class="ghost small" aria-label={`Remove ${a.name}`} onClick={() => remove(a)}>✕</button>
          </li>
        ))}
        {rows.length === 0 && uploads.length === 0 && <li class="empty">No files yet.</li>}
      </ul>
      {uploads.map((u) => (
        <div key={u.key} class="upload">
          {u.error ? (
            <p class="error" role="alert">
              {u.error} <button type="button" class="link" onClick={() => setUploads((us) => us.filter((x) => x.key !== u.key))}>Dismiss</button>
            </p>
          ) : (
            <>
              <label for={`up-${u.key}`}>Uploading {u.name}: {humanSize(u.sent)} of {humanSize(u.size)}</label>
              <progress id={`up-${u.key}`} max={u.size || 1} value={u.size ? u.sent : 0} />
            </>
          )}
        </div>
      ))}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="drop">
        <span class="meta">Drop files here or</span>
        <input id={id} class="visually-hidden" type="file" multiple
          onChange={(e) => {
            const el = e.target as HTMLInputElement;
            add(el.files);
            el.value = '';
          }} />
        <label for={id} class="pick">Choose files</label>
      </div>
    </section>
  );
}
