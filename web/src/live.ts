import { useEffect, useRef } from 'preact/hooks';

/** Reloads the open page when the workspace's change log moves: the server's event
 * stream (`GET /v1/workspaces/{id}/events`) tells of every write, another device's sync
 * included, within a second. EventSource reconnects by itself after a lost connection. */
export function useLive(ws: string, reload: () => void) {
  const f = useRef(reload);
  f.current = reload;
  useEffect(() => {
    const src = new EventSource(`/v1/workspaces/${encodeURIComponent(ws)}/events`, { withCredentials: true });
    let first = true;
    src.addEventListener('change', () => {
      // The first event is the position at connection time: nothing new yet.
      if (first) first = false;
      else f.current();
    });
    src.addEventListener('open', () => {
      // After a reconnection, catch up on what was missed.
      if (!first) f.current();
    });
    return () => src.close();
  }, [ws]);
}
