import { useEffect, useRef } from 'preact/hooks';

/** Reloads the open page every 1.5 s while it is visible, so another device's sync
 * shows within 2 s without a reload. (Polling; the server has no event stream yet.) */
export function useLive(reload: () => void) {
  const f = useRef(reload);
  f.current = reload;
  useEffect(() => {
    const t = setInterval(() => {
      if (document.visibilityState === 'visible') f.current();
    }, 1500);
    return () => clearInterval(t);
  }, []);
}
