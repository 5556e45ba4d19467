// The quick-add field of Today and Tasks, labelled "New task": Enter submits the text to
// the server, which parses the quick-capture syntax (dates, #tags, !priority).
import { useState } from 'preact/hooks';
import { api, ApiError, message } from './api/client';
import { offsetMinutes, today } from './dates';

/** The line goes to the server as typed; lifeos-core's capture parser makes the task. */
export async function capture(ws: string, text: string) {
  await api.POST('/v1/workspaces/{workspace_id}/capture/task', {
    params: { path: { workspace_id: ws } },
    body: { text, today: today(), offset_minutes: offsetMinutes() },
  });
}

export function QuickAdd({ ws, onAdded }: { ws: string; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const add = async (e: Event) => {
    e.preventDefault();
    if (!text.trim() || busy) return;
    setError('');
    setBusy(true);
    try {
      await capture(ws, text);
      setText('');
      onAdded();
    } catch (err) {
      // What was typed stays in the field; the server's message sits beside it.
      setError(err instanceof ApiError && err.field ? `${err.field}: ${err.message}` : message(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="quick card" onSubmit={add}>
      <label for="new-task">New task</label>
      <div class="row">
        <input id="new-task" value={text} autoComplete="off" aria-invalid={error ? 'true' : undefined}
          aria-describedby={`new-task-hint${error ? ' new-task-error' : ''}`}
          onInput={(e) => setText((e.target as HTMLInputElement).value)} placeholder="buy milk tomorrow #errands !high" />
        <button type="submit" disabled={busy}>Add</button>
      </div>
      <p id="new-task-hint" class="hint">Dates like “tomorrow” or “fri”, #tags and !priority are understood.</p>
      {error && <p id="new-task-error" class="error" role="alert">{error}</p>}
    </form>
  );
}
