// Health kinds as the user types and reads them (shared by Health and Today).
import type { MetricKind } from './api/schema';

/** Each kind as the user types it: the label, the unit shown, and the factor to the
 * canonical unit the server keeps (grams, tenths of a percent, seconds…), exactly. */
export const KINDS: Record<MetricKind, { label: string; unit: string; canonical: string; scale: number; digits: number }> = {
  weight: { label: 'Weight', unit: 'kg', canonical: 'g', scale: 1000, digits: 1 },
  body_fat: { label: 'Body fat', unit: '%', canonical: 'permille', scale: 10, digits: 1 },
  blood_pressure: { label: 'Blood pressure', unit: 'mmHg', canonical: 'mmHg', scale: 1, digits: 0 },
  resting_heart_rate: { label: 'Resting heart rate', unit: 'bpm', canonical: 'bpm', scale: 1, digits: 0 },
  sleep: { label: 'Sleep', unit: 'h', canonical: 's', scale: 3600, digits: 1 },
  steps: { label: 'Steps', unit: 'steps', canonical: 'steps', scale: 1, digits: 0 },
  water: { label: 'Water', unit: 'ml', canonical: 'ml', scale: 1, digits: 0 },
  mood: { label: 'Mood', unit: '/5', canonical: 'score', scale: 1, digits: 0 },
  energy: { label: 'Energy', unit: '/5', canonical: 'score', scale: 1, digits: 0 },
  custom: { label: 'Custom', unit: '', canonical: '', scale: 1000, digits: 2 },
};

/** `72.5` × 1000 → 72500, exactly (decimal text, no float error); null if malformed. */
export function scaled(text: string, scale: number): number | null {
  const m = text.trim().match(/^(\d+)(?:[.,](\d+))?$/);
  if (!m) return null;
  const d = Math.round(Math.log10(scale));
  const frac = m[2] ?? '';
  if (scale === 3600) return Math.round(Number(`${m[1]}.${frac || '0'}`) * 3600);
  if (frac.length > d) return null;
  return Number(m[1]) * scale + Number(frac.padEnd(d, '0') || '0');
}

export function show(r: { kind: MetricKind; value: number; unit: string }): string {
  const k = KINDS[r.kind];
  if (r.kind === 'custom') return `${(r.value / 1000).toFixed(2).replace(/\.?0+$/, '')} ${r.unit}`;
  if (r.kind === 'sleep') return `${Math.floor(r.value / 3600)}h ${String(Math.round(r.value / 60) % 60).padStart(2, '0')}m`;
  return `${(r.value / k.scale).toFixed(k.digits)} ${k.unit}`.replace(' /5', '/5');
}
