// End-to-end tests of the web app: the real lifeos-server (built by cargo, app embedded
// or read from web/dist) on the throwaway Postgres, driven through Debian's chromium.
// Screenshots of every page at phone and desktop size go to target/web-screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url).pathname;
const SHOTS = `${ROOT}target/web-screenshots`;
const DB = process.env.LIFEOS_WEB_DATABASE_URL;
const A = { email: `a-${Date.now()}@example.com`, password: 'correct horse battery' };
const B = { email: `b-${Date.now()}@example.com`, password: 'another long secret' };
// A user of its own for the Today page (a workspace nothing else writes to).
const C = { email: `c-${Date.now()}@example.com`, password: 'a third long secret' };
// A user of its own for the report views (known figures, nothing else writes there).
const D = { email: `d-${Date.now()}@example.com`, password: 'a fourth long secret' };
// The binaries: cargo's debug build of this checkout, unless told where others are.
const BIN = process.env.LIFEOS_WEB_BIN_DIR ?? `${ROOT}target/debug`;
const PAGES = ['today', 'tasks', 'notes', 'people', 'places', 'habits', 'fasting', 'health', 'workouts', 'faith', 'finance', 'members'];
let server, base, browser, blobDir;
// The server's per-file limit in these tests: a file over it is refused (413).
const MAX_FILE = 12 * 1024 * 1024;

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

/** Waits until `f` answers true (5 s at most). */
async function until(f, what) {
  for (let i = 0; i < 50; i++) {
    if (await f()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out: ${what}`);
}

/** Opens a page of the app through its navigation link. */
async function open(page, name) {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

before(async () => {
  assert.ok(DB, 'LIFEOS_WEB_DATABASE_URL is needed (scripts/test.sh sets it)');
  mkdirSync(SHOTS, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  blobDir = mkdtempSync(`${tmpdir()}/lifeos-web-blobs-`);
  server = spawn(`${BIN}/lifeos-server`, ['serve'], {
    env: {
      ...process.env, DATABASE_URL: DB, LIFEOS_LISTEN: `127.0.0.1:${port}`, LIFEOS_SIGNUP_ALLOWLIST: `${A.email},${B.email},${C.email},${D.email}`, LIFEOS_LOG: 'warn',
      LIFEOS_BLOB_STORE: 'local', LIFEOS_BLOB_DIR: blobDir, LIFEOS_BLOB_MAX_FILE_BYTES: String(MAX_FILE),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUp(`${base}/healthz`);
  await signup(A);
  await signup(B);
  await signup(C);
  await signup(D);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (blobDir) rmSync(blobDir, { recursive: true, force: true });
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

  await open(page, 'Tasks');
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
  await page.locator('.habit .stat-value').first().filter({ hasText: /^1$/ }).waitFor();

  // Log two weights and see the chart.
  await page.getByRole('link', { name: 'Health' }).click();
  for (const w of ['72.5', '72.1']) {
    await page.getByLabel('Weight (kg)').fill(w);
    await page.getByLabel('Weight (kg)').press('Enter');
    await page.getByRole('list', { name: 'Health entries' }).getByText(`${w} kg`, { exact: true }).waitFor();
  }
  await page.getByRole('img', { name: /Weight trend: 2 entries, latest 72.1 kg/ }).waitFor();
  assert.equal(await page.locator('.chart circle').count(), 2);

  // Add an account and a transaction: the balance is the core's report.
  await page.getByRole('link', { name: 'Finance' }).click();
  await page.getByLabel('Account name').fill('Wallet');
  await page.getByLabel('Account name').press('Enter');
  await page.getByRole('list', { name: 'Balances' }).getByText('Wallet').waitFor();
  const txForm = page.getByRole('form', { name: 'Add a transaction' });
  await txForm.getByLabel('Amount', { exact: true }).fill('-12.50');
  await txForm.getByLabel('Payee').fill('Bakery');
  await txForm.getByLabel('Payee').press('Enter');
  await page.getByRole('list', { name: 'Balances' }).getByText('-12.50 EUR').waitFor();
  // A bad currency: the server's message beside the field, the text kept.
  const acctForm = page.getByRole('form', { name: 'Add an account' });
  await acctForm.getByLabel('Account name').fill('Odd');
  await acctForm.getByLabel('Currency').fill('ZZZ');
  await acctForm.getByLabel('Currency').press('Enter');
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
    const r = spawnSync(`${BIN}/lifeos`, ['--credential-store', 'file', ...args], {
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
    await open(page, 'Tasks');
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

/** The attachment rows of one row, through the API with the page's session. */
async function attachmentsOf(ctx, entityId) {
  const session = (await ctx.cookies()).find((c) => c.name === 'lifeos_session').value;
  const auth = { authorization: `Bearer ${session}` };
  const ws = (await (await fetch(`${base}/v1/me`, { headers: auth })).json()).workspaces[0].id;
  const r = await fetch(`${base}/v1/workspaces/${ws}/attachments?entity_id=${entityId}`, { headers: auth });
  assert.equal(r.status, 200);
  return (await r.json()).items;
}

/** Drops `files` ([name, text, type]) on `target` with a DataTransfer built in the page. */
async function drop(page, target, files) {
  const dt = await page.evaluateHandle((fs) => {
    const d = new DataTransfer();
    for (const [name, text, type] of fs) d.items.add(new File([text], name, { type }));
    return d;
  }, files);
  await target.dispatchEvent('dragenter', { dataTransfer: dt });
  await target.dispatchEvent('dragover', { dataTransfer: dt });
  await target.dispatchEvent('drop', { dataTransfer: dt });
}

async function download(page, link) {
  const [d] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

test('attachments on a task: upload in parts (a failed part resumed), drop, download, a hostile name sanitized, a refused file, remove', async () => {
  // No bypassCSP: uploads and downloads work under the app's policy.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await signIn(page, A);
  await open(page, 'Tasks');
  await page.getByLabel('New task').fill('Scan the lease');
  await page.getByLabel('New task').press('Enter');
  await page.getByRole('button', { name: 'Files of Scan the lease' }).click();
  const area = page.getByRole('region', { name: 'Attachments of Scan the lease' });
  const files = area.getByRole('list', { name: 'Files of Scan the lease' });
  await files.getByText('No files yet.').waitFor();

  // A 9 MiB file goes as parts of 4 MiB; the second part fails once (the connection is
  // reset before the server reads it) and the upload resumes where the server stands.
  const PART = 4 * 1024 * 1024;
  const big = randomBytes(9 * 1024 * 1024 + 123);
  const puts = [];
  const asked = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (r.method() === 'PUT' && u.pathname.includes('/blobs/')) puts.push(Number(u.searchParams.get('offset')));
    if (r.method() === 'GET' && u.pathname.includes('/uploads/')) asked.push(u.pathname);
  });
  let cut = false;
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/blobs/**', async (route) => {
    const u = new URL(route.request().url());
    if (route.request().method() === 'PUT' && u.searchParams.get('offset') === String(PART) && !cut) {
      cut = true;
      return route.abort('connectionreset');
    }
    // The last part waits until the progress has been looked at.
    if (route.request().method() === 'PUT' && u.searchParams.get('offset') === String(2 * PART)) await held;
    return route.continue();
  });
  await area.getByLabel('Choose files').setInputFiles({ name: 'lease.pdf', mimeType: 'application/pdf', buffer: big });
  const progress = area.getByRole('progressbar', { name: 'Uploading lease.pdf: 8.0 MiB of 9.0 MiB' });
  await progress.waitFor();
  assert.equal(await progress.getAttribute('value'), String(2 * PART));
  await area.screenshot({ path: `${SHOTS}/attachments-uploading-1280x800.png` });
  release();
  const bigRow = files.getByRole('listitem').filter({ hasText: 'lease.pdf' });
  await bigRow.waitFor();
  await area.locator('progress').first().waitFor({ state: 'detached', timeout: 30000 });
  assert.ok(!(await area.getByRole('alert').count()), await area.textContent());
  assert.ok(cut, 'the second part was cut');
  assert.deepEqual(puts, [0, PART, PART, 2 * PART], 'three parts, the cut one sent again');
  assert.ok(asked.length >= 2, 'the client asked the server where the upload stands');
  await page.unroute('**/blobs/**');
  assert.match(await bigRow.textContent(), /9\.0 MiB/);
  assert.match(await bigRow.textContent(), /application\/pdf/);
  const got = await download(page, bigRow.getByRole('link', { name: 'lease.pdf' }));
  assert.equal(got.name, 'lease.pdf');
  assert.ok(got.bytes.equals(big), 'the downloaded bytes are the uploaded ones');

  // A hostile name, dropped: stored as a plain name, without the directory or the override;
  // no type from the browser is octet-stream.
  const hostile = '../evil\u202etxt.exe';
  await drop(page, area, [[hostile, 'hello attachments', '']]);
  const evilRow = files.getByRole('listitem').filter({ hasText: 'evil_txt.exe' });
  await evilRow.waitFor();
  await area.locator('progress').first().waitFor({ state: 'detached' });
  const taskId = await page.evaluate(() => document.querySelector('[aria-label="Attachments of Scan the lease"]')
    .querySelector('input[type=file]').id.replace(/^att-/, ''));
  let rows = await attachmentsOf(ctx, taskId);
  const evil = rows.find((a) => a.name.endsWith('evil_txt.exe'));
  assert.ok(evil, JSON.stringify(rows.map((a) => a.name)));
  // The base name, the override replaced (as lifeos-core's sanitize_file_name does).
  assert.equal(evil.name, 'evil_txt.exe');
  assert.equal(evil.media_type, 'application/octet-stream');
  assert.equal(evil.size, 17);
  assert.match(await evilRow.textContent(), /17 B/);
  const got2 = await download(page, evilRow.getByRole('link'));
  assert.equal(got2.name, evil.name);
  assert.equal(got2.bytes.toString(), 'hello attachments');

  await area.screenshot({ path: `${SHOTS}/attachments-1280x800.png` });
  await page.screenshot({ path: `${SHOTS}/tasks-attachments-1280x800.png`, fullPage: true });

  // Removed: the row is gone from the list and from the API.
  await area.getByRole('button', { name: `Remove ${evil.name}` }).click();
  await evilRow.waitFor({ state: 'detached' });
  rows = await attachmentsOf(ctx, taskId);
  assert.deepEqual(rows.map((a) => a.name), ['lease.pdf']);

  // Over the server's per-file limit: refused, the reason in words, no row left behind.
  await area.getByLabel('Choose files').setInputFiles({ name: 'huge.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(MAX_FILE + 1) });
  const alert = area.getByRole('alert');
  await alert.waitFor();
  const why = await alert.textContent();
  assert.match(why, /^huge\.bin was not uploaded: /);
  // The server's words (problem+json detail), not a bare status.
  assert.match(why, /^huge\.bin was not uploaded: .*limit/, why);
  rows = await attachmentsOf(ctx, taskId);
  assert.deepEqual(rows.map((a) => a.name), ['lease.pdf']);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('attachments on a note (dropped) and a receipt on a transaction, at phone size', async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await signIn(page, A);
  await page.getByRole('link', { name: 'Notes' }).click();
  await page.getByLabel('Title').fill('Prescription');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('button', { name: 'Files of Prescription' }).click();
  const area = page.getByRole('region', { name: 'Attachments of Prescription' });
  await drop(page, area, [['scan.png', 'not really a png', 'image/png'], ['notes.txt', 'two\nlines\n', 'text/plain']]);
  for (const n of ['scan.png', 'notes.txt']) await area.getByRole('link', { name: n }).waitFor();
  assert.match(await area.getByRole('listitem').filter({ hasText: 'scan.png' }).textContent(), /image\/png/);
  const got = await download(page, area.getByRole('link', { name: 'notes.txt' }));
  assert.equal(got.name, 'notes.txt');
  assert.equal(got.bytes.toString(), 'two\nlines\n');
  await page.screenshot({ path: `${SHOTS}/notes-attachments-390x844.png`, fullPage: true });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth), false, 'no overflow');

  // The transaction the first test booked gets its receipt.
  await page.getByRole('link', { name: 'Finance' }).click();
  await page.getByRole('button', { name: /^Receipts of Bakery/ }).click();
  const receipts = page.getByRole('region', { name: /^Attachments of Bakery/ });
  await receipts.getByLabel('Choose files').setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 receipt') });
  await receipts.getByRole('link', { name: 'receipt.pdf' }).waitFor();
  await page.screenshot({ path: `${SHOTS}/finance-receipt-390x844.png`, fullPage: true });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth), false, 'no overflow');
  await ctx.close();
});

/** A new browser context signed in as `u`, with page errors collected. */
async function session(u, viewport = { width: 1280, height: 800 }) {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await signIn(page, u);
  return { ctx, page, errors };
}

test('habits: a day of the grid checked in, the streak moves', async () => {
  const { ctx, page, errors } = await session(A);
  await open(page, 'Habits');
  await page.getByLabel('Habit name').fill('Stretch');
  await page.getByLabel('Habit name').press('Enter');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Stretch' }) });
  await card.waitFor();
  const streak = card.locator('.stat-value').first();
  assert.equal(await streak.textContent(), '0');
  const grid = card.getByRole('group', { name: /^Stretch: the last 12 weeks/ });
  // 12 weeks of days, today's marked.
  assert.equal(await grid.getByRole('button').count(), 84);
  const todayCell = grid.locator('.cell.now');
  assert.equal(await todayCell.getAttribute('aria-pressed'), 'false');
  await todayCell.click();
  await card.getByLabel('Stretch done today').waitFor();
  assert.equal(await todayCell.getAttribute('aria-pressed'), 'true');
  await streak.filter({ hasText: /^1$/ }).waitFor();
  // Yesterday too: the streak is 2.
  const cells = grid.getByRole('button');
  const idx = await grid.locator('.cell').evaluateAll((cs) => cs.findIndex((c) => c.classList.contains('now')));
  await cells.nth(idx - 1).click();
  await streak.filter({ hasText: /^2$/ }).waitFor();
  assert.equal(await grid.locator('.cell.done').count(), 2);
  await page.screenshot({ path: `${SHOTS}/habits-checked-1280x800.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('fasting: start a fast, the timer runs with its progress, stop it', async () => {
  const { ctx, page, errors } = await session(A, { width: 390, height: 844 });
  await open(page, 'Fasting');
  await page.getByLabel('Target (hours)').selectOption('18');
  await page.getByRole('button', { name: 'Start fast' }).click();
  const timer = page.getByRole('timer', { name: 'Time fasting' });
  await timer.waitFor();
  const t0 = await timer.textContent();
  assert.match(t0, /^0:00:\d\d$/);
  await page.waitForTimeout(2100);
  assert.notEqual(await timer.textContent(), t0, 'the timer moves');
  await page.getByRole('progressbar', { name: 'Progress to target' }).waitFor();
  await page.getByText(/of 18 h/).waitFor();
  await page.screenshot({ path: `${SHOTS}/fasting-running-390x844.png`, fullPage: true });
  await page.getByRole('button', { name: 'Stop fast' }).click();
  await page.getByRole('button', { name: 'Start fast' }).waitFor();
  await page.getByRole('list', { name: 'Fasts' }).getByText('short of target').first().waitFor();
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('health: weights logged draw a chart (an SVG path through the points)', async () => {
  const { ctx, page, errors } = await session(C);
  await open(page, 'Health');
  for (const w of ['80.2', '79.8', '79.5']) {
    await page.getByLabel('Weight (kg)').fill(w);
    await page.getByLabel('Weight (kg)').press('Enter');
    await page.getByRole('list', { name: 'Health entries' }).getByText(`${w} kg`, { exact: true }).waitFor();
  }
  const chart = page.getByRole('img', { name: /^Weight trend: 3 entries, latest 79.5 kg/ });
  await chart.waitFor();
  const d = await chart.locator('path.line').getAttribute('d');
  assert.match(d, /^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/, d);
  assert.equal(await chart.locator('circle').count(), 3);
  // Another kind gets a chart of its own.
  await page.getByLabel('Kind').selectOption('steps');
  await page.getByLabel('Steps', { exact: true }).fill('9000');
  await page.getByLabel('Steps', { exact: true }).press('Enter');
  await page.getByRole('img', { name: /^Steps trend: 1 entries, latest 9000 steps/ }).waitFor();
  // A bad value: the message beside the field, the text kept.
  await page.getByLabel('Steps', { exact: true }).fill('lots');
  await page.getByLabel('Steps', { exact: true }).press('Enter');
  await page.locator('#weight-error').waitFor();
  assert.equal(await page.getByLabel('Steps', { exact: true }).inputValue(), 'lots');
  await page.screenshot({ path: `${SHOTS}/health-chart-1280x800.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('notes: Markdown rendered; a hostile note neutralised', async () => {
  const { ctx, page, errors } = await session(A);
  await open(page, 'Notes');
  await page.getByLabel('Title').fill('Shopping');
  await page.getByLabel('Body (Markdown)').fill('Buy **oat milk** and\n\n- bread\n- [recipe](https://example.com/r)');
  await page.getByLabel('Tags').fill('home errands');
  await page.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Shopping' }) });
  await note.locator('.md strong', { hasText: 'oat milk' }).waitFor();
  assert.equal(await note.locator('.md li').count(), 2);
  const link = note.getByRole('link', { name: 'recipe' });
  assert.equal(await link.getAttribute('href'), 'https://example.com/r');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  await note.getByText('#errands').waitFor();

  await page.getByLabel('Title').fill('Hostile');
  await page.getByLabel('Body (Markdown)').fill('<img src=x onerror="window.__pwned=1"> [click](javascript:window.__pwned=2) <script>window.__pwned=3</script> <a href="javascript:window.__pwned=4" style="color:red">a</a> <iframe src="/"></iframe>');
  await page.getByRole('button', { name: 'Add note' }).click();
  const bad = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Hostile' }) });
  await bad.locator('.md').waitFor();
  await page.waitForTimeout(300);
  const html = await bad.locator('.md').innerHTML();
  // No element that could run or load anything, no handler, no style, no javascript: link.
  const found = await bad.locator('.md').evaluate((md) => [...md.querySelectorAll('*')].flatMap((el) => [
    ...(['IMG', 'SCRIPT', 'IFRAME', 'STYLE'].includes(el.tagName) ? [el.tagName] : []),
    ...[...el.attributes].filter((a) => /^on|^style$/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`),
  ]));
  assert.deepEqual(found, [], html);
  // The raw HTML is shown as text.
  await bad.getByText(/<img src=x onerror=/).waitFor();
  for (const a of await bad.locator('.md a').all()) {
    const href = await a.getAttribute('href');
    assert.ok(href === null || !/^\s*javascript:/i.test(href), href);
    await a.click({ noWaitAfter: true }).catch(() => {});
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // Pin and edit.
  await page.getByRole('button', { name: 'Pin Shopping' }).click();
  await page.getByRole('button', { name: 'Unpin Shopping' }).waitFor();
  await page.getByRole('button', { name: 'Edit Shopping' }).click();
  const edit = page.getByRole('form', { name: 'Edit Shopping' });
  await edit.getByLabel('Body (Markdown)').fill('# Heading\n\nchanged');
  await edit.getByRole('button', { name: 'Save note' }).click();
  await note.getByRole('heading', { name: 'Heading' }).waitFor();
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('tasks: delete, then Undo restores the task; edit one', async () => {
  const { ctx, page, errors } = await session(A);
  await open(page, 'Tasks');
  await page.getByLabel('New task').fill('Water the plants');
  await page.getByLabel('New task').press('Enter');
  const tasks = page.getByRole('list', { name: 'Tasks' });
  await tasks.getByText('Water the plants').waitFor();
  const { auth, ws } = await apiOf(ctx);
  const find = async () => (await (await fetch(`${base}/v1/workspaces/${ws}/tasks?search=Water%20the%20plants`, { headers: auth })).json()).items;
  const [before] = await find();
  await page.getByRole('button', { name: 'Delete Water the plants' }).click();
  await tasks.getByText('Water the plants').waitFor({ state: 'detached' });
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await tasks.getByText('Water the plants').waitFor();
  // The same row came back (restored, not re-created): its id kept, deleted then restored.
  const after = await find();
  assert.equal(after.length, 1, JSON.stringify(after));
  assert.equal(after[0].id, before.id);
  assert.equal(after[0].version, before.version + 2);
  assert.equal(after[0].deleted_at, null);
  await page.getByRole('button', { name: 'Edit Water the plants' }).click();
  const edit = page.getByRole('form', { name: 'Edit Water the plants' });
  await edit.getByLabel('Priority').selectOption('high');
  await edit.getByLabel('Tags').fill('home');
  await edit.getByRole('button', { name: 'Save' }).click();
  const row = tasks.getByRole('listitem').filter({ hasText: 'Water the plants' });
  await row.getByText('!high').waitFor();
  await row.getByText('#home').waitFor();
  // The tag filter.
  await page.getByLabel('Tag', { exact: true }).fill('home');
  await until(async () => (await tasks.getByRole('listitem').count()) === 1, 'only the tagged task is listed');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('members: an owner invites a member by email', async () => {
  const { ctx, page, errors } = await session(A);
  await open(page, 'Members');
  const list = page.getByRole('list', { name: 'Members' });
  await list.getByText(A.email).waitFor();
  // Someone without an account: the server's message beside the field, the text kept.
  await page.getByLabel('Email of the new member').fill('nobody@example.com');
  await page.getByRole('button', { name: 'Invite' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByLabel('Email of the new member').inputValue(), 'nobody@example.com');
  await page.getByLabel('Email of the new member').fill(B.email);
  await page.getByRole('button', { name: 'Invite' }).click();
  await list.getByText(B.email).waitFor();
  await page.getByText(`${B.email} was added.`).waitFor();
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the theme toggle is remembered (only the theme is kept in localStorage)', async () => {
  const { ctx, page } = await session(A, { width: 390, height: 844 });
  const before = await page.evaluate(() => document.documentElement.dataset.theme ?? null);
  await page.getByRole('button', { name: /^Use the (dark|light) theme$/ }).click();
  const after = await page.evaluate(() => document.documentElement.dataset.theme);
  assert.notEqual(after, before);
  await page.reload();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), after);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['lifeos-theme']);
  await page.screenshot({ path: `${SHOTS}/today-${after}-390x844.png`, fullPage: true });
  await ctx.close();
});

test('the app is installable: a manifest with PNG and maskable icons, a service worker caching the shell', async () => {
  const m = await (await fetch(`${base}/manifest.webmanifest`)).json();
  assert.equal(m.display, 'standalone');
  const sizes = m.icons.map((i) => `${i.sizes} ${i.type} ${i.purpose}`);
  assert.ok(sizes.includes('192x192 image/png any'), sizes);
  assert.ok(sizes.includes('512x512 image/png any'), sizes);
  assert.ok(sizes.includes('512x512 image/png maskable'), sizes);
  for (const i of m.icons) {
    const r = await fetch(base + i.src);
    assert.equal(r.status, 200, i.src);
    assert.equal(r.headers.get('content-type'), i.type, i.src);
  }
  const { ctx, page } = await session(A);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = await page.evaluate(async () => {
    for (let i = 0; i < 50; i++) {
      const keys = await caches.keys();
      if (keys.length) {
        const c = await caches.open(keys[0]);
        const urls = (await c.keys()).map((r) => new URL(r.url).pathname);
        if (urls.some((u) => u.endsWith('.js'))) return urls;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return [];
  });
  assert.ok(cached.includes('/'), cached.join(' '));
  assert.ok(cached.some((u) => /^\/assets\/index-.*\.js$/.test(u)), cached.join(' '));
  assert.ok(cached.some((u) => /^\/assets\/index-.*\.css$/.test(u)), cached.join(' '));
  await ctx.close();
});

/** The session's bearer token and workspace, for writes "from another device". */
async function apiOf(ctx) {
  const session = (await ctx.cookies()).find((c) => c.name === 'lifeos_session').value;
  const auth = { authorization: `Bearer ${session}`, 'content-type': 'application/json' };
  const ws = (await (await fetch(`${base}/v1/me`, { headers: auth })).json()).workspaces[0].id;
  const post = async (path, body) => {
    const r = await fetch(`${base}/v1/workspaces/${ws}/${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    const text = await r.text();
    assert.ok(r.ok, `${path}: ${r.status} ${text}`);
    return JSON.parse(text);
  };
  return { ws, auth, post };
}

/** Whether the server's OpenAPI document has a path ending so (an endpoint another change adds). */
async function hasPath(suffix) {
  const doc = await (await fetch(`${base}/openapi.json`)).json();
  return Object.keys(doc.paths).some((p) => p.endsWith(suffix));
}

const localDay = (d = new Date()) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test('Today shows a due task, a due habit and the running fast; checking in from Today', async () => {
  const { ctx, page, errors } = await session(C);
  const { post } = await apiOf(ctx);
  await post('tasks', { title: 'Call the plumber', due: localDay(), priority: 'high' });
  await post('tasks', { title: 'Someday maybe' });
  await post('habits', { name: 'Floss', schedule: 'daily' });
  await post('fasts', { started_at: new Date(Date.now() - 3 * 3600000).toISOString(), target_minutes: 960 });
  await post('health_metrics', { kind: 'weight', value: 72500, unit: 'g', recorded_at: new Date().toISOString() });
  const in3 = new Date(Date.now() + 3 * 86400000);
  await post('people', { name: 'Grace Hopper', birthday: `1906-${localDay(in3).slice(5)}` });
  await post('reading_plans', { name: 'Gospels', start: localDay(new Date(Date.now() - 86400000)), readings: [{ day: 1, text: 'Mark 1' }, { day: 2, text: 'Mark 2' }] });
  await page.goto(`${base}/today`);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  const tasks = page.getByRole('list', { name: 'Tasks due' });
  await tasks.getByText('Call the plumber').waitFor();
  assert.equal(await tasks.getByText('Someday maybe').count(), 0, 'a task without a due date is not on Today');
  const habits = page.getByRole('list', { name: 'Habits due' });
  await habits.getByText('Floss', { exact: true }).waitFor();
  const timer = page.getByRole('timer', { name: 'Time fasting' });
  await timer.waitFor();
  assert.match(await timer.textContent(), /^3:0\d:\d\d$/);
  // The other sections of the server's report: the day's health entry, the reading plan
  // (today's reading, yesterday's to catch up), the birthday in 3 days.
  await page.getByRole('list', { name: 'Health today' }).getByText('72.5 kg').waitFor();
  const readings = page.getByRole('list', { name: 'Readings today' });
  await readings.getByRole('button', { name: 'Read Mark 2' }).waitFor();
  await readings.getByText('Catch up: Mark 1').waitFor();
  const bday = page.getByRole('list', { name: 'Birthdays coming up' }).getByRole('listitem').filter({ hasText: 'Grace Hopper' });
  await bday.getByText('in 3 days').waitFor();
  await bday.getByText(`turns ${in3.getFullYear() - 1906}`).waitFor();
  await readings.getByRole('button', { name: 'Read Mark 2' }).click();
  await readings.getByRole('button', { name: 'Read Mark 2' }).waitFor({ state: 'detached' });
  await page.screenshot({ path: `${SHOTS}/today-full-1280x800.png`, fullPage: true });
  await habits.getByRole('button', { name: 'Check in Floss' }).click();
  await habits.getByText('Floss', { exact: true }).waitFor({ state: 'detached' });
  await tasks.getByRole('checkbox', { name: 'Call the plumber' }).check();
  await tasks.getByText('Call the plumber').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('quick add goes through the server\'s capture: "buy milk tomorrow #errands !high"', async (t) => {
  if (!(await hasPath('/capture/task'))) return t.skip('the capture endpoint is not in this server yet');
  const { ctx, page, errors } = await session(C, { width: 390, height: 844 });
  await open(page, 'Tasks');
  await page.getByLabel('New task').fill('buy milk tomorrow #errands !high');
  await page.getByLabel('New task').press('Enter');
  const row = page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'buy milk' });
  await row.waitFor();
  assert.equal(await page.getByLabel('New task').inputValue(), '');
  await row.getByText('#errands').waitFor();
  await row.getByText('!high').waitFor();
  const tomorrow = new Date(Date.now() + 86400000);
  await row.getByText(/^due /).waitFor();
  const { auth, ws } = await apiOf(ctx);
  const items = (await (await fetch(`${base}/v1/workspaces/${ws}/tasks?search=buy%20milk`, { headers: auth })).json()).items;
  const task = items.find((x) => x.title === 'buy milk');
  assert.ok(task, JSON.stringify(items));
  assert.equal(task.due.slice(0, 10), localDay(tomorrow));
  assert.deepEqual(task.tags, ['errands']);
  assert.equal(task.priority, 'high');
  // From Today too.
  await open(page, 'Today');
  await page.getByLabel('New task').fill('pay rent today');
  await page.getByLabel('New task').press('Enter');
  await page.getByRole('list', { name: 'Tasks due' }).getByText('pay rent').waitFor();
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('finance: a transfer between two accounts moves both balances', async () => {
  const { ctx, page, errors } = await session(C);
  await open(page, 'Finance');
  const acct = page.getByRole('form', { name: 'Add an account' });
  for (const [name, opening, ccy] of [['Checking', '500.00', 'EUR'], ['Savings', '', 'EUR'], ['Dollars', '', 'USD']]) {
    await acct.getByLabel('Account name').fill(name);
    await acct.getByLabel('Opening balance').fill(opening);
    await acct.getByLabel('Currency').fill(ccy);
    await acct.getByRole('button', { name: 'Add account' }).click();
    await page.getByRole('list', { name: 'Balances' }).getByText(name, { exact: true }).waitFor();
  }
  const form = page.getByRole('form', { name: 'Add a transfer' });
  // The same account twice: the server's message beside "To account".
  await form.getByLabel('From account').selectOption({ label: 'Checking' });
  await form.getByLabel('To account').selectOption({ label: 'Checking' });
  await form.getByLabel('Transfer amount').fill('10.00');
  await form.getByLabel('Transfer amount').press('Enter');
  await form.locator('#tr-to-error').waitFor();
  assert.equal(await form.getByLabel('To account').getAttribute('aria-invalid'), 'true');
  // Across currencies the arriving amount is asked for; without it, its field says so.
  assert.equal(await form.getByLabel('Arriving amount').count(), 0);
  await form.getByLabel('To account').selectOption({ label: 'Dollars' });
  await form.getByLabel('Arriving amount').waitFor();
  await form.getByLabel('Transfer amount').press('Enter');
  await form.locator('#tr-arriving-error').waitFor();
  assert.equal(await form.getByLabel('Transfer amount').inputValue(), '10.00', 'what was typed is kept');
  // The transfer itself.
  await form.getByLabel('To account').selectOption({ label: 'Savings' });
  await form.getByLabel('Transfer amount').fill('120.00');
  await form.getByLabel('Transfer payee').fill('Rainy day');
  await form.getByLabel('Transfer amount').press('Enter');
  const balances = page.getByRole('list', { name: 'Balances' });
  const balance = (name) => balances.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
  await balance('Checking').getByText('380.00 EUR').waitFor();
  await balance('Savings').getByText('120.00 EUR').waitFor();
  // Both sides in the register, as a transfer.
  const register = page.getByRole('list', { name: 'Transactions' });
  await register.getByText('Transfer to Savings').waitFor();
  await register.getByText('Transfer from Checking').waitFor();
  // Deleting one side deletes the transfer (both balances back); Undo restores both.
  await register.getByRole('button', { name: /^Delete Transfer to Savings/ }).click();
  await balance('Checking').getByText('500.00 EUR').waitFor();
  await balance('Savings').getByText('0.00 EUR').waitFor();
  assert.equal(await register.getByText(/^Transfer (to|from)/).count(), 0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await balance('Checking').getByText('380.00 EUR').waitFor();
  await balance('Savings').getByText('120.00 EUR').waitFor();
  await register.getByText('Transfer from Checking').waitFor();
  // Net worth is the server's: 500.00 EUR and 0.00 USD.
  const { auth, ws } = await apiOf(ctx);
  const worth = await (await fetch(`${base}/v1/workspaces/${ws}/reports/net_worth`, { headers: auth })).json();
  const eur = worth.per_currency.find((t) => t.currency_code === 'EUR');
  assert.equal(eur.amount, '500.00');
  await page.getByRole('group', { name: 'Net worth' }).getByText('500.00 EUR').waitFor();
  await page.screenshot({ path: `${SHOTS}/finance-transfer-1280x800.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('people, places, workouts and faith: add, edit, log', async () => {
  const { ctx, page, errors } = await session(A, { width: 390, height: 844 });
  await open(page, 'People');
  const pf = page.getByRole('form', { name: 'Add a person' });
  await pf.getByLabel('Name').fill('Ada Lovelace');
  await pf.getByLabel('Birthday').fill('not a date');
  await pf.getByRole('button', { name: 'Add person' }).click();
  // The server's message beside the field, the text kept.
  await pf.getByRole('alert').waitFor();
  assert.equal(await pf.getByLabel('Name').inputValue(), 'Ada Lovelace');
  await pf.getByLabel('Birthday').fill('1815-12-10');
  await pf.getByLabel('Email').fill('ada@example.com');
  await pf.getByRole('button', { name: 'Add person' }).click();
  const people = page.getByRole('list', { name: 'People' });
  await people.getByText('Ada Lovelace').waitFor();
  await people.getByText(/never contacted/).waitFor();
  await page.getByRole('button', { name: 'Contacted Ada Lovelace now' }).click();
  await people.getByText(/contacted \w/).waitFor();
  await page.getByRole('button', { name: 'Edit Ada Lovelace' }).click();
  await page.getByRole('form', { name: 'Edit Ada Lovelace' }).getByLabel('Name').fill('Ada King');
  await page.getByRole('form', { name: 'Edit Ada Lovelace' }).getByRole('button', { name: 'Save' }).click();
  await people.getByText('Ada King').waitFor();

  await open(page, 'Places');
  const lf = page.getByRole('form', { name: 'Add a place' });
  await lf.getByLabel('Place name').fill('Gym');
  await lf.getByLabel('Address').fill('1 Main St');
  await lf.getByLabel('Latitude').fill('48.85');
  await lf.getByLabel('Longitude').fill('2.29');
  await lf.getByLabel('Place name').press('Enter');
  await page.getByRole('list', { name: 'Places' }).getByText('1 Main St · 48.85, 2.29').waitFor();

  await open(page, 'Workouts');
  const wf = page.getByRole('form', { name: 'Log a workout' });
  await wf.getByLabel('Duration (minutes)').fill('45');
  await wf.getByLabel('Distance (km)').fill('7.5');
  await wf.getByLabel('Duration (minutes)').press('Enter');
  const workouts = page.getByRole('list', { name: 'Workouts' });
  await workouts.getByText('45m').waitFor();
  await workouts.getByText('7.50 km').waitFor();

  await open(page, 'Faith');
  const ff = page.getByRole('form', { name: 'Log a practice' });
  await ff.getByLabel('Minutes').fill('15');
  await ff.getByLabel('Reference').fill('Psalm 23');
  await ff.getByLabel('Reference').press('Enter');
  await page.getByRole('list', { name: 'Practices' }).getByText('Psalm 23', { exact: false }).waitFor();
  const plan = page.getByRole('form', { name: 'Add a reading plan' });
  await plan.getByLabel('Plan name').fill('Psalms');
  await plan.getByLabel('Readings, one a day').fill('Psalm 1\nPsalm 2\nPsalm 3');
  await plan.getByRole('button', { name: 'Add plan' }).click();
  await page.getByRole('list', { name: 'Reading plans' }).getByText('Psalms').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth), false, 'no overflow');
  assert.deepEqual(errors, []);
  await ctx.close();
});

/** A report of D's workspace, as the API answers it (to compare the page with). */
async function report(ctx, name, query = '') {
  const { auth, ws } = await apiOf(ctx);
  const r = await fetch(`${base}/v1/workspaces/${ws}/reports/${name}${query}`, { headers: auth });
  assert.equal(r.status, 200, await r.clone().text());
  return r.json();
}
const HOUR = 3600000;
const ago = (ms) => new Date(Date.now() - ms).toISOString();
/** Local noon `n` days ago, as an instant. */
const noonAgo = (n) => { const d = new Date(); d.setHours(12, 0, 0, 0); d.setDate(d.getDate() - n); return d.toISOString(); };
const stat = (group, label) => group.locator('.stat').filter({ has: group.page().locator('.stat-label', { hasText: new RegExp(`^${label}$`) }) }).locator('.stat-value');

test('reports: fasting shows the server\'s fast stats (2 fasts, their mean, the longest, targets met)', async () => {
  const { ctx, page, errors } = await session(D);
  const { post } = await apiOf(ctx);
  // 16 h (target 16 h, met) and 12 h (target 16 h, short).
  await post('fasts', { started_at: ago(72 * HOUR), ended_at: ago(56 * HOUR), target_minutes: 960 });
  await post('fasts', { started_at: ago(40 * HOUR), ended_at: ago(28 * HOUR), target_minutes: 960 });
  const r = await report(ctx, 'fasts');
  assert.equal(r.count, 2);
  assert.equal(r.average_seconds, 14 * 3600);
  await open(page, 'Fasting');
  const g = page.getByRole('group', { name: 'Fast stats' });
  await stat(g, 'fasts').filter({ hasText: /^2$/ }).waitFor();
  assert.equal(await stat(g, 'average').textContent(), '14h 00m');
  assert.equal(await stat(g, 'longest').textContent(), `${Math.floor(r.longest_seconds / 3600)}h 00m`);
  assert.equal(await stat(g, 'targets met').textContent(), `${Math.round(r.met_target_share * 100)}%`);
  assert.equal(await stat(g, 'targets met').textContent(), '50%');
  await g.getByText(`${r.met_target} of ${r.with_target}`).waitFor();
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('reports: finance shows spending by category, the budget against its limit, net worth', async () => {
  const { ctx, page, errors } = await session(D);
  const { post } = await apiOf(ctx);
  const month = localDay().slice(0, 7);
  const acct = await post('accounts', { name: 'Wallet', kind: 'cash', currency_code: 'EUR', opening_date: `${month}-01`, opening_balance_minor: 20000 });
  const tx = (amount_minor, category) => post('transactions', { account_id: acct.id, booking_date: localDay(), amount_minor, currency_code: 'EUR', payee: 'Shop', category });
  await tx(-4200, 'groceries');
  await tx(-800, 'groceries');
  await tx(-2000, 'fun');
  await post('budgets', { category: 'groceries', month, amount_minor: 4000, currency_code: 'EUR' });
  const spending = await report(ctx, 'spending', `?month=${month}`);
  const groceries = spending.find((x) => x.category === 'groceries');
  assert.equal(groceries.spent, '50.00');
  await open(page, 'Finance');
  const chart = page.getByRole('img', { name: new RegExp(`^Spending in ${month}: .*groceries ${groceries.spent} EUR`) });
  await chart.waitFor();
  assert.match(await chart.getAttribute('aria-label'), /fun 20\.00 EUR/);
  // Its bar is the longest (50 of 50), the fun one 20/50 of it.
  const widths = await chart.locator('rect.bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  assert.equal(widths.length, 2);
  assert.ok(Math.abs(Math.min(...widths) / Math.max(...widths) - 0.4) < 0.01, String(widths));
  // The budget: 50.00 spent of 40.00, over (the bar marked so), 10.00 over.
  const [line] = await report(ctx, 'budget', `?month=${month}`);
  assert.equal(line.left, '-10.00');
  const budget = page.getByRole('img', { name: `Budget for ${month}: groceries ${line.spent} EUR of ${line.budget}` });
  await budget.waitFor();
  assert.equal(await budget.locator('rect.bar.over').count(), 1);
  await page.getByRole('list', { name: 'Budgets' }).getByText('10.00 over of 40.00 EUR').waitFor();
  const worth = await report(ctx, 'net_worth');
  assert.equal(worth.per_currency[0].amount, '130.00');
  await page.getByRole('group', { name: 'Net worth' }).getByText('130.00 EUR').waitFor();
  await page.screenshot({ path: `${SHOTS}/finance-reports-1280x800.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('reports: health shows each kind\'s trend (latest, means, slope per week)', async () => {
  const { ctx, page, errors } = await session(D, { width: 390, height: 844 });
  const { post } = await apiOf(ctx);
  // A week apart each: a kilogram a week down.
  const t0 = Date.now() - HOUR;
  for (const [w, weeks] of [[81000, 2], [80000, 1], [79000, 0]]) {
    await post('health_metrics', { kind: 'weight', value: w, unit: 'g', recorded_at: new Date(t0 - weeks * 7 * 24 * HOUR).toISOString() });
  }
  const t = await report(ctx, 'health_trend', '?kind=weight&days=90');
  assert.equal(t.latest.value, 79000);
  assert.equal(t.points.length, 3);
  await open(page, 'Health');
  const g = page.getByRole('group', { name: 'Weight figures' });
  await stat(g, 'latest, kg').filter({ hasText: /^79\.0$/ }).waitFor();
  assert.equal(await stat(g, '30-day mean').textContent(), (t.average_30d / 1000).toFixed(1));
  assert.equal(await stat(g, '30-day mean').textContent(), '80.0');
  // Down a kilogram a week.
  assert.equal(t.trend_per_week, -1000);
  assert.equal(await stat(g, 'per week').textContent(), '-1.0');
  await page.getByRole('img', { name: /^Weight trend: 3 entries, latest 79.0 kg/ }).waitFor();
  await page.screenshot({ path: `${SHOTS}/health-trend-390x844.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('reports: workouts show the week\'s totals; faith a practice streak; people a birthday in 5 days', async () => {
  const { ctx, page, errors } = await session(D);
  const { post } = await apiOf(ctx);
  const start = new Date(); start.setHours(0, 1, 0, 0);
  await post('workouts', { kind: 'run', started_at: start.toISOString(), duration_s: 30 * 60, distance_m: 5000 });
  await post('workouts', { kind: 'ride', started_at: new Date(start.getTime() + 60000).toISOString(), duration_s: 45 * 60, distance_m: 7500 });
  const weeks = await report(ctx, 'workouts_weekly', `?date=${localDay()}&offset_minutes=${-new Date().getTimezoneOffset()}`);
  const week = weeks.sort((a, b) => b.week.localeCompare(a.week))[0];
  assert.equal(week.count, 2);
  await open(page, 'Workouts');
  const wg = page.getByRole('group', { name: `Week ${week.week}` });
  await stat(wg, `workouts, ${week.week}`).filter({ hasText: /^2$/ }).waitFor();
  assert.equal(await stat(wg, 'time').textContent(), '1h 15m');
  assert.equal(await stat(wg, 'distance').textContent(), `${(week.distance_m / 1000).toFixed(2)} km`);
  assert.equal(await stat(wg, 'distance').textContent(), '12.50 km');

  for (const n of [2, 1, 0]) await post('practices', { kind: 'prayer', occurred_at: n ? noonAgo(n) : ago(60000), duration_s: 600 });
  const pr = await report(ctx, 'practices', `?date=${localDay()}&offset_minutes=${-new Date().getTimezoneOffset()}`);
  assert.equal(pr.current_streak, 3);
  await open(page, 'Faith');
  const fg = page.getByRole('group', { name: 'Practice streaks' });
  await stat(fg, 'day streak').filter({ hasText: /^3$/ }).waitFor();
  await page.getByRole('list', { name: 'Practice tallies' }).getByText(`${pr.kinds.prayer.count}× · ${pr.kinds.prayer.minutes} min · streak 3`, { exact: false }).waitFor();

  const in5 = new Date(Date.now() + 5 * 86400000);
  await post('people', { name: 'Alan Turing', birthday: `1912-${localDay(in5).slice(5)}` });
  const people = await report(ctx, 'people', `?date=${localDay()}&offset_minutes=${-new Date().getTimezoneOffset()}`);
  const alan = people.find((p) => p.person.name === 'Alan Turing');
  assert.equal(alan.birthday_in_days, 5);
  await open(page, 'People');
  const soon = page.getByRole('list', { name: 'Birthdays coming up' }).getByRole('listitem').filter({ hasText: 'Alan Turing' });
  await soon.getByText('in 5 days').waitFor();
  await soon.getByText(`turns ${alan.turns}`).waitFor();
  assert.equal(alan.turns, in5.getFullYear() - 1912);
  await page.getByRole('list', { name: 'People' }).getByText(/birthday in 5 days · never contacted/).waitFor();
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a lost connection is said, and the app retries until the server answers again', async () => {
  const { ctx, page } = await session(A, { width: 390, height: 844 });
  await open(page, 'Tasks');
  await page.getByLabel('New task').fill('kept while offline');
  await page.route('**/v1/**', (r) => r.abort('connectionrefused'));
  await page.getByLabel('New task').press('Enter');
  await page.getByRole('status').filter({ hasText: 'Connection lost: retrying…' }).waitFor();
  await page.locator('#new-task-error').waitFor();
  assert.equal(await page.getByLabel('New task').inputValue(), 'kept while offline', 'nothing typed is lost');
  await page.screenshot({ path: `${SHOTS}/offline-390x844.png` });
  await page.unroute('**/v1/**');
  await page.getByRole('status').filter({ hasText: 'Connection lost' }).waitFor({ state: 'detached', timeout: 10000 });
  await page.getByLabel('New task').press('Enter');
  await page.getByRole('list', { name: 'Tasks' }).getByText('kept while offline').waitFor();
  await ctx.close();
});

test('screenshots of every page at 390×844 and 1280×800', async () => {
  const pages = PAGES;
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
    for (const p of PAGES) {
      await page.goto(`${base}/${p}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(p);
    }
    // A row's files, opened.
    await page.goto(`${base}/tasks`);
    await page.getByRole('button', { name: /^Files of / }).first().click();
    await page.getByRole('region', { name: /^Attachments of / }).waitFor();
    await check('a task\'s attachments');
    await ctx.close();
  }
});
