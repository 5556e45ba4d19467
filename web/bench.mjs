// The Today and Tasks pages' time to interactive with many tasks, each beside the API
// call the page makes, timed alone from node (the floor). Run by bench/web.sh (which
// builds the app and starts Postgres).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const N = Number(process.env.LIFEOS_BENCH_TASKS ?? 10000);
const user = { email: `bench-${Date.now()}@example.org`, password: 'benchmark password' };
const port = await new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.env.LIFEOS_BENCH_BIN, ['serve'], {
  env: { ...process.env, DATABASE_URL: process.env.LIFEOS_WEB_DATABASE_URL, LIFEOS_LISTEN: `127.0.0.1:${port}`, LIFEOS_SIGNUP_ALLOWLIST: user.email, LIFEOS_LOG: 'warn' },
  stdio: 'inherit',
});
const local = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const today = local(new Date());
const yesterday = local(new Date(Date.now() - 86400000));
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1].toFixed(0);
try {
  for (let i = 0; i < 100; i++) { try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
  const post = (p, b, h = {}) => fetch(base + p, { method: 'POST', headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify(b) });
  await post('/v1/auth/signup', user);
  const { token } = await (await post('/v1/auth/login', user)).json();
  const auth = { authorization: `Bearer ${token}` };
  const ws = (await (await fetch(`${base}/v1/me`, { headers: auth })).json()).workspaces[0].id;
  let next = 0;
  // A third done, one in 50 due today or overdue (what Today lists), the rest open.
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < N) {
      const i = next++;
      const body = { title: `task ${i}`, status: i % 3 ? 'todo' : 'done', ...(i % 3 ? {} : { completed_at: '2026-11-30T10:00:00.000Z' }), ...(i % 50 === 1 ? { due: i % 100 === 1 ? today : yesterday } : {}) };
      const r = await post(`/v1/workspaces/${ws}/tasks`, body, auth);
      if (r.status !== 201) throw new Error(`seeding: ${r.status} ${await r.text()}`);
    }
  }));
  await post(`/v1/workspaces/${ws}/habits`, { name: 'Read', schedule: 'daily' }, auth);
  await post(`/v1/workspaces/${ws}/fasts`, { started_at: new Date(Date.now() - 3600000).toISOString(), target_minutes: 960 }, auth);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();

  /** Navigates to `path` 5 times; interactive when `ready` resolves. The API calls the page
   * made (to /v1/workspaces/…) are timed again from node, alone. */
  const measure = async (path, ready) => {
    const calls = new Set();
    const seen = (r) => { const u = new URL(r.url()); if (u.pathname.startsWith(`/v1/workspaces/${ws}/`) && !u.pathname.endsWith('/events') && r.method() === 'GET') calls.add(u.pathname + u.search); };
    page.on('request', seen);
    const ui = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await page.goto(base + path);
      await ready();
      ui.push(performance.now() - t);
    }
    page.off('request', seen);
    const api = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await Promise.all([...calls].map(async (c) => (await fetch(base + c, { headers: auth })).arrayBuffer()));
      api.push(performance.now() - t);
    }
    return { ui: med(ui), api: med(api), calls: [...calls].map((c) => c.replace(`/v1/workspaces/${ws}`, '…')).join(', ') };
  };
  // Interactive: Today's report is shown (its due tasks' checkboxes can be clicked) and the quick-add field takes text.
  const t = await measure('/today', async () => {
    await page.locator('[data-ready="today"]').waitFor();
    await page.getByLabel('New task').waitFor();
  });
  console.log(`Today page interactive with ${N} tasks: ${t.ui} ms median of 5 (budget 300 ms at 10,000); the API calls alone (${t.calls}): ${t.api} ms`);
  // Interactive: the first row's checkbox can be clicked.
  const k = await measure('/tasks', () => page.getByRole('list', { name: 'Tasks' }).getByRole('checkbox').first().waitFor());
  console.log(`Tasks page interactive with ${N} tasks: ${k.ui} ms median of 5; the API calls alone (${k.calls}): ${k.api} ms`);
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
