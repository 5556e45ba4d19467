// End-to-end tests of the web app: the real lifeos-server (built by cargo, app embedded
// or read from web/dist) on the throwaway Postgres, driven through Debian's chromium.
// Screenshots of every page at phone and desktop size go to target/web-screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url).pathname;
const SHOTS = `${ROOT}target/web-screenshots`;
const DB = process.env.LIFEOS_WEB_DATABASE_URL;
const A = { email: `a-${Date.now()}@example.com`, password: 'correct horse battery' };
const B = { email: `b-${Date.now()}@example.com`, password: 'another long secret' };
let server, base, browser;

function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitUp(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not start at ${url}`);
}

async function signup(u) {
  const r = await fetch(`${base}/v1/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(u) });
  assert.equal(r.status, 201, await r.text());
}

async function signIn(page, u) {
  await page.goto(base + '/');
  await page.getByLabel('Email').fill(u.email);
  await page.getByLabel('Password').fill(u.password);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

before(async () => {
  assert.ok(DB, 'LIFEOS_WEB_DATABASE_URL is needed (scripts/test.sh sets it)');
  mkdirSync(SHOTS, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(`${ROOT}target/debug/lifeos-server`, ['serve'], {
    env: { ...process.env, DATABASE_URL: DB, LIFEOS_LISTEN: `127.0.0.1:${port}`, LIFEOS_SIGNUP_ALLOWLIST: `${A.email},${B.email}`, LIFEOS_LOG: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUp(`${base}/healthz`);
  await signup(A);
  await signup(B);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

test('the app is served with its caching and security headers; /v1 never falls back', async () => {
  const index = await fetch(`${base}/tasks`);
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const csp = index.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const html = await index.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  const js = html.match(/src="(\/assets\/[^"]+\.js)"/)[1];
  const asset = await fetch(base + js);
  assert.equal(asset.status, 200);
  assert.match(asset.headers.get('cache-control'), /immutable/);
  const api = await fetch(`${base}/v1/no-such-thing`);
  assert.equal(api.status, 404);
  assert.match(api.headers.get('content-type'), /problem\+json/);
  assert.equal((await fetch(`${base}/missing.js`)).status, 404);
  assert.equal((await fetch(`${base}/manifest.webmanifest`)).status, 200);
});

test('sign in, add a task, complete it, a validation error beside its field, sign out', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await signIn(page, A);
  // The session cookie is HttpOnly: script cannot read it.
  assert.doesNotMatch(await page.evaluate(() => document.cookie), /lifeos_session/);
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  const field = page.getByLabel('New task');
  await field.fill('Buy milk');
  await field.press('Enter');
  await page.getByText('Buy milk').waitFor();

  // Too long a title: the server's message is shown beside the field, the text kept.
  const long = 'x'.repeat(501);
  await field.fill(long);
  await field.press('Enter');
  const err = page.locator('#new-task-error');
  await err.waitFor();
  assert.match(await err.textContent(), /title.*500/);
  assert.equal(await field.inputValue(), long);
  await field.fill('');

  await page.getByRole('checkbox', { name: 'Buy milk' }).check();
  await page.getByText('Nothing here.').waitFor();

  // Another device adds a task through the API: the open page shows it without a reload.
  const cookies = await ctx.cookies();
  const session = cookies.find((c) => c.name === 'lifeos_session').value;
  const me = await (await fetch(`${base}/v1/me`, { headers: { authorization: `Bearer ${session}` } })).json();
  const ws = me.workspaces[0].id;
  const r = await fetch(`${base}/v1/workspaces/${ws}/tasks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'From another device' }),
  });
  assert.equal(r.status, 201);
  const t0 = Date.now();
  await page.getByText('From another device').waitFor({ timeout: 2000 });
  assert.ok(Date.now() - t0 <= 2000);

  // Start and stop a fast.
  await page.getByRole('link', { name: 'Fasting' }).click();
  await page.getByRole('button', { name: 'Start fast' }).click();
  await page.getByRole('button', { name: 'Stop fast' }).click();
  await page.getByRole('button', { name: 'Start fast' }).waitFor();
  assert.equal(await page.getByRole('list', { name: 'Fasts' }).locator('li').count(), 1);

  // Add a habit and check it in: today's state and the streak are the core's report.
  await page.getByRole('link', { name: 'Habits' }).click();
  await page.getByLabel('Habit name').fill('Read');
  await page.getByLabel('Habit name').press('Enter');
  await page.getByRole('button', { name: 'Check in Read' }).click();
  await page.getByLabel('Read done today').waitFor();
  await page.getByText(/streak 1 /).waitFor();

  // Log two weights and see the chart.
  await page.getByRole('link', { name: 'Health' }).click();
  for (const w of ['72.5', '72.1']) {
    await page.getByLabel('Weight (kg)').fill(w);
    await page.getByLabel('Weight (kg)').press('Enter');
    await page.getByText(`${w} kg`, { exact: true }).waitFor();
  }
  await page.getByRole('img', { name: /Weight trend: 2 entries, latest 72.1 kg/ }).waitFor();
  assert.equal(await page.locator('.chart circle').count(), 2);

  // Add an account and a transaction: the balance is the core's report.
  await page.getByRole('link', { name: 'Finance' }).click();
  await page.getByLabel('Account name').fill('Wallet');
  await page.getByLabel('Account name').press('Enter');
  await page.getByRole('list', { name: 'Balances' }).getByText('Wallet').waitFor();
  await page.getByLabel('Amount').fill('-12.50');
  await page.getByLabel('Payee').fill('Bakery');
  await page.getByLabel('Payee').press('Enter');
  await page.getByRole('list', { name: 'Balances' }).getByText('-12.50 EUR').waitFor();
  // A bad currency: the server's message beside the field, the text kept.
  await page.getByLabel('Account name').fill('Odd');
  await page.getByLabel('Currency').fill('ZZZ');
  await page.getByLabel('Currency').press('Enter');
  await page.locator('#currency_code-error').waitFor();
  assert.equal(await page.getByLabel('Account name').inputValue(), 'Odd');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  const gone = await fetch(`${base}/v1/me`, { headers: { cookie: `lifeos_session=${session}` } });
  assert.equal(gone.status, 401);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a task added in the browser reaches the CLI, and one added in the CLI appears in the open page', async () => {
  const home = mkdtempSync(`${tmpdir()}/lifeos-web-cli-`);
  const lifeos = (...args) => {
    const r = spawnSync(`${ROOT}target/debug/lifeos`, ['--credential-store', 'file', ...args], {
      env: { PATH: process.env.PATH, LIFEOS_HOME: home, LIFEOS_PASSPHRASE: 'device passphrase', LIFEOS_PASSWORD: A.password },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `lifeos ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  try {
    lifeos('login', '--server', base, '--email', A.email);
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signIn(page, A);
    await page.getByLabel('New task').fill('Typed in the browser');
    await page.getByLabel('New task').press('Enter');
    await page.getByText('Typed in the browser').waitFor();
    lifeos('sync');
    assert.match(lifeos('task', 'list', '--format', 'json'), /Typed in the browser/);
    lifeos('task', 'add', 'Typed in the terminal');
    lifeos('sync');
    const t0 = Date.now();
    await page.getByText('Typed in the terminal').waitFor({ timeout: 2000 });
    assert.ok(Date.now() - t0 <= 2000);
    await ctx.close();
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test('a second user cannot read the first one\'s rows by URL', async () => {
  const ctx = await browser.newContext();
  const login = async (u) => (await (await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(u) })).json()).token;
  const ta = await login(A);
  const wa = (await (await fetch(`${base}/v1/me`, { headers: { authorization: `Bearer ${ta}` } })).json()).workspaces[0].id;
  const page = await ctx.newPage();
  await signIn(page, B);
  const status = await page.evaluate(async (url) => (await fetch(url)).status, `${base}/v1/workspaces/${wa}/tasks`);
  assert.equal(status, 404);
  await ctx.close();
});

test('screenshots of every page at 390×844 and 1280×800', async () => {
  const pages = ['tasks', 'notes', 'fasting', 'people', 'places', 'habits', 'health', 'workouts', 'faith', 'finance'];
  for (const [w, h] of [[390, 844], [1280, 800]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await ctx.newPage();
    await page.goto(base + '/');
    await page.screenshot({ path: `${SHOTS}/signin-${w}x${h}.png` });
    await signIn(page, A);
    for (const p of pages) {
      await page.goto(`${base}/${p}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle').catch(() => {});
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/${p}-${w}x${h}.png`, fullPage: true });
      // Nothing wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      assert.equal(overflow, false, `${p} overflows at ${w}px`);
    }
    await ctx.close();
  }
});

test('axe-core finds no serious or critical violation', async () => {
  const axe = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  for (const [w, h] of [[390, 844], [1280, 800]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(base + '/');
    const check = async (name) => {
      await page.addScriptTag({ content: axe });
      const found = await page.evaluate(async () => (await globalThis.axe.run()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      assert.deepEqual(found, [], `${name} at ${w}px`);
    };
    await check('sign-in');
    await signIn(page, A);
    for (const p of ['tasks', 'notes', 'fasting', 'people', 'places', 'habits', 'health', 'workouts', 'faith', 'finance']) {
      await page.goto(`${base}/${p}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(p);
    }
    await ctx.close();
  }
});
