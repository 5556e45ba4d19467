// The Tasks page's time to interactive with many tasks, beside the API's list call.
// Run by bench/web.sh (which builds the app and starts Postgres).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const N = Number(process.env.LIFEOS_BENCH_TASKS ?? 10000);
const user = { email: 'bench@example.org', password: 'benchmark password' };
const port = await new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.env.LIFEOS_BENCH_BIN, ['serve'], {
  env: { ...process.env, DATABASE_URL: process.env.LIFEOS_WEB_DATABASE_URL, LIFEOS_LISTEN: `127.0.0.1:${port}`, LIFEOS_SIGNUP_ALLOWLIST: user.email, LIFEOS_LOG: 'warn' },
  stdio: 'inherit',
});
try {
  for (let i = 0; i < 100; i++) { try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
  const post = (p, b, h = {}) => fetch(base + p, { method: 'POST', headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify(b) });
  await post('/v1/auth/signup', user);
  const { token } = await (await post('/v1/auth/login', user)).json();
  const auth = { authorization: `Bearer ${token}` };
  const ws = (await (await fetch(`${base}/v1/me`, { headers: auth })).json()).workspaces[0].id;
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < N) {
      const i = next++;
      const r = await post(`/v1/workspaces/${ws}/tasks`, { title: `task ${i}`, status: i % 3 ? 'todo' : 'done', ...(i % 3 ? {} : { completed_at: '2026-11-30T10:00:00.000Z' }) }, auth);
      if (r.status !== 201) throw new Error(`seeding: ${r.status} ${await r.text()}`);
    }
  }));
  // The floor: the list call the page makes, straight from node.
  const api = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await (await fetch(`${base}/v1/workspaces/${ws}/tasks?status=todo%2Cdoing&limit=500`, { headers: auth })).json();
    api.push(performance.now() - t);
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  const ui = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await page.goto(`${base}/tasks`);
    // Interactive: the first row's checkbox can be clicked.
    await page.getByRole('checkbox').first().waitFor();
    ui.push(performance.now() - t);
  }
  await browser.close();
  const med = (a) => a.sort((x, y) => x - y)[a.length >> 1].toFixed(0);
  console.log(`Tasks page interactive with ${N} tasks: ${med(ui)} ms median of 5 (budget 300 ms at 10,000); the API's list call alone: ${med(api)} ms`);
} finally {
  server.kill('SIGTERM');
}
