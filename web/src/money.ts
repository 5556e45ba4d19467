import type { AccountBalance } from './api/schema';

/** The currency's minor digits, as the core formatted the account's balance. */
export function digits(b: AccountBalance | undefined): number {
  if (!b) return 2;
  const dot = b.balance.indexOf('.');
  return dot < 0 ? 0 : b.balance.length - dot - 1;
}

/** The minor digits of a currency, from an account in it (2 when none is). */
export function digitsOf(balances: AccountBalance[], currency: string): number {
  return digits(balances.find((b) => b.currency_code === currency));
}

/** `12.5` → 1250 for two digits, exactly (no floating point); null if malformed. */
export function toMinor(text: string, d: number): number | null {
  const m = text.trim().match(/^([+-]?)(\d+)(?:[.,](\d+))?$/);
  if (!m || (m[3] ?? '').length > d) return null;
  const v = Number(m[2] + (m[3] ?? '').padEnd(d, '0'));
  return Number.isSafeInteger(v) ? (m[1] === '-' ? -v : v) : null;
}

/** 1250 with two digits → `12.50`, exactly. */
export function fromMinor(minor: number, d: number): string {
  const s = String(Math.abs(minor)).padStart(d + 1, '0');
  const whole = d ? `${s.slice(0, -d)}.${s.slice(-d)}` : s;
  return minor < 0 ? `-${whole}` : whole;
}
