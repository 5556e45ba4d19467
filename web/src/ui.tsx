// Shared form pieces: a labelled field with the server's message beside it, and the
// error state every form keeps (what was typed stays in the fields on an error).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, api, message } from './api/client';

export type Errors = Record<string, string>;

/** A form's errors, keyed by the server's field name; `_` for the form as a whole. */
export function useErrors() {
  const [errors, setErrors] = useState<Errors>({});
  /** Puts the error beside its field when the form has one of that name, else on the form. */
  const fail = (e: unknown, fields: string[] = []) => {
    const f = e instanceof ApiError && e.field ? e.field : '';
    setErrors(f && fields.includes(f) ? { [f]: message(e) } : { _: f ? `${f}: ${message(e)}` : message(e) });
  };
  return { errors, setErrors, fail, clear: () => setErrors({}) };
}

type FieldProps = {
  id: string;
  label: string;
  /** The server's name of the field, for its error. */
  name?: string;
  errors?: Errors;
  value: string;
  onValue: (v: string) => void;
  type?: string;
  kind?: 'input' | 'textarea' | 'select';
  children?: ComponentChildren;
  hint?: string;
  errorId?: string;
  class?: string;
  [attr: string]: unknown;
};

/** A visible label, the control, and the server's message for it (linked by aria-describedby). */
export function Field({ id, label, name, errors, value, onValue, type = 'text', kind = 'input', children, hint, errorId, class: cls, ...rest }: FieldProps) {
  const err = name ? errors?.[name] : undefined;
  const eid = errorId ?? `${id}-error`;
  const hid = `${id}-hint`;
  const described = [err ? eid : '', hint ? hid : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, value, 'aria-invalid': err ? ('true' as const) : undefined, 'aria-describedby': described, ...rest };
  return (
    <div class={`field${cls ? ` ${cls}` : ''}`}>
      <label for={id}>{label}</label>
      {kind === 'textarea' ? (
        <textarea {...common} onInput={(e) => onValue((e.target as HTMLTextAreaElement).value)} />
      ) : kind === 'select' ? (
        <select {...common} onChange={(e) => onValue((e.target as HTMLSelectElement).value)}>{children}</select>
      ) : (
        <input {...common} type={type as "text"} onInput={(e) => onValue((e.target as HTMLInputElement).value)} />
      )}
      {hint && <p id={hid} class="hint">{hint}</p>}
      {err && <p id={eid} class="error" role="alert">{err}</p>}
    </div>
  );
}

/** The form-level error (a message the server gave for no field of this form). */
export function FormError({ errors }: { errors: Errors }) {
  return errors._ ? <p class="error" role="alert">{errors._}</p> : null;
}

/** A small stat: a big number with its label. */
export function Stat({ label, value, sub }: { label: string; value: ComponentChildren; sub?: ComponentChildren }) {
  return (
    <div class="stat">
      <span class="stat-value">{value}</span>
      <span class="stat-label">{label}</span>
      {sub && <span class="meta">{sub}</span>}
    </div>
  );
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The kinds of row the generic restore route takes (`POST …/{plural}/{id}/restore`). */
export type Restorable = 'tasks' | 'notes' | 'fasts' | 'health_metrics' | 'workouts' | 'practices' | 'reading_plans' | 'people' | 'places' | 'transactions' | 'accounts' | 'habits';

/** Brings a deleted row back (the same row: its id kept, its version +1). `version` is
 * the tombstone's: the restore fails (409) if the row changed since. */
export async function restoreRow(ws: string, plural: Restorable, id: string, version?: number) {
  const path = `/v1/workspaces/{workspace_id}/${plural}/{id}/restore` as const;
  await api.POST(path as '/v1/workspaces/{workspace_id}/tasks/{id}/restore', { params: { path: { workspace_id: ws, id }, query: version === undefined ? {} : { version } } });
}

/** The "Deleted … Undo" notice a page shows after a delete: `offer` it the thing's name
 * and how to bring it back; `notice` is the element to place (a status region). */
export function useUndo(onError: (e: unknown) => void, onRestored: () => void) {
  const [pending, setPending] = useState<{ what: string; restore: () => Promise<unknown> } | null>(null);
  const undo = async () => {
    if (!pending) return;
    try {
      await pending.restore();
      setPending(null);
      onRestored();
    } catch (e) {
      onError(e);
    }
  };
  const notice = pending ? (
    <p class="notice" role="status">
      Deleted “{pending.what}”. <button type="button" class="link" onClick={undo}>Undo</button>
      <button type="button" class="link dismiss" aria-label="Dismiss" onClick={() => setPending(null)}>✕</button>
    </p>
  ) : null;
  return { offer: (what: string, restore: () => Promise<unknown>) => setPending({ what, restore }), notice };
}
