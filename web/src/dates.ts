/** A Date's local calendar day, YYYY-MM-DD. */
export function ymd(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The browser's local date, YYYY-MM-DD. */
export function today(): string {
  return ymd(new Date());
}

/** The local day `n` days after `day` (YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return ymd(new Date(y, m - 1, d + n));
}

/** The browser's offset from UTC in minutes (east positive), as the server takes it. */
export function offsetMinutes(): number {
  return -new Date().getTimezoneOffset();
}

/** This month, YYYY-MM. */
export function thisMonth(): string {
  return today().slice(0, 7);
}

/** `2026-12-02` → `Wed 2 Dec`. */
export function shortDate(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** A timestamp as a short local date and time. */
export function when(ts: string): string {
  return new Date(ts).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** 5400 s → `1h 30m`. */
export function duration(seconds: number): string {
  const m = Math.round(seconds / 60);
  if (m < 60) return `${m}m`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** A local datetime-local value (YYYY-MM-DDTHH:MM) for now. */
export function nowLocal(): string {
  const d = new Date();
  return `${ymd(d)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** A datetime-local value as an RFC 3339 UTC instant with milliseconds. */
export function localToIso(v: string): string {
  return new Date(v).toISOString();
}
