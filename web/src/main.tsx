import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, message, onConnection, onUnauthorized } from './api/client';
import type { Me } from './api/schema';
import { SignIn } from './pages/SignIn';
import { Tasks } from './pages/Tasks';
import { Notes } from './pages/Notes';
import { Fasting } from './pages/Fasting';
import { RowList } from './pages/RowList';
import { Finance } from './pages/Finance';
import { Habits } from './pages/Habits';
import { Health } from './pages/Health';
import './style.css';

const PAGES = [
  ['tasks', 'Tasks'],
  ['notes', 'Notes'],
  ['fasting', 'Fasting'],
  ['people', 'People'],
  ['places', 'Places'],
  ['habits', 'Habits'],
  ['health', 'Health'],
  ['workouts', 'Workouts'],
  ['faith', 'Faith'],
  ['finance', 'Finance'],
] as const;
type Page = (typeof PAGES)[number][0];

function current(): Page {
  const p = location.pathname.slice(1) as Page;
  return PAGES.some(([k]) => k === p) ? p : 'tasks';
}

function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [ws, setWs] = useState<string>('');
  const [page, setPage] = useState<Page>(current());
  const [online, setOnline] = useState(true);

  const load = async () => {
    try {
      const { data } = await api.GET('/v1/me');
      setMe(data ?? null);
      if (data && !data.workspaces.some((w) => w.id === ws)) setWs(data.workspaces[0]?.id ?? '');
    } catch {
      setMe(null);
    }
  };
  useEffect(() => {
    onUnauthorized(() => setMe(null));
    const off = onConnection(setOnline);
    const pop = () => setPage(current());
    addEventListener('popstate', pop);
    load();
    return () => {
      off();
      removeEventListener('popstate', pop);
    };
  }, []);
  useEffect(() => {
    if (online) return;
    const t = setInterval(load, 3000);
    return () => clearInterval(t);
  }, [online]);

  const go = (p: Page) => (e: Event) => {
    e.preventDefault();
    history.pushState(null, '', `/${p}`);
    setPage(p);
  };
  const signOut = async () => {
    try {
      await api.POST('/v1/auth/logout');
    } catch (e) {
      console.warn(message(e));
    }
    setMe(null);
  };

  if (me === undefined) return <main class="center"><p>Loading…</p></main>;
  if (me === null) return <SignIn onSignedIn={load} />;
  const title = PAGES.find(([k]) => k === page)?.[1] ?? '';
  return (
    <div class="shell">
      <header class="top">
        <strong class="brand">LifeOS</strong>
        <label class="ws">
          Workspace
          <select value={ws} onChange={(e) => setWs((e.target as HTMLSelectElement).value)}>
            {me.workspaces.map((w) => (
              <option value={w.id} key={w.id}>{w.name}</option>
            ))}
          </select>
        </label>
        <span class="who">{me.user.email}</span>
        <button type="button" class="ghost" onClick={signOut}>Sign out</button>
      </header>
      {!online && <p class="offline" role="status">Connection lost: retrying…</p>}
      <nav aria-label="Pages">
        {PAGES.map(([k, label]) => (
          <a href={`/${k}`} key={k} aria-current={k === page ? 'page' : undefined} onClick={go(k)}>{label}</a>
        ))}
      </nav>
      <main id="main">
        <h1>{title}</h1>
        {ws && page === 'tasks' && <Tasks ws={ws} />}
        {ws && page === 'notes' && <Notes ws={ws} />}
        {ws && page === 'fasting' && <Fasting ws={ws} />}
        {ws && page === 'people' && <RowList ws={ws} path="/v1/workspaces/{workspace_id}/people" />}
        {ws && page === 'places' && <RowList ws={ws} path="/v1/workspaces/{workspace_id}/places" />}
        {ws && page === 'habits' && <Habits ws={ws} />}
        {ws && page === 'health' && <Health ws={ws} />}
        {ws && page === 'workouts' && <RowList ws={ws} path="/v1/workspaces/{workspace_id}/workouts" />}
        {ws && page === 'faith' && <RowList ws={ws} path="/v1/workspaces/{workspace_id}/practices" />}
        {ws && page === 'finance' && <Finance ws={ws} />}
      </main>
    </div>
  );
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}
render(<App />, document.getElementById('app')!);
