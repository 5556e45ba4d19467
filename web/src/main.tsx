import { render, type ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, message, onConnection, onUnauthorized } from './api/client';
import type { Me } from './api/schema';
import { SignIn } from './pages/SignIn';
import { Today } from './pages/Today';
import { Tasks } from './pages/Tasks';
import { applyTheme, savedTheme, setTheme, systemTheme, type Theme } from './theme';
import type { PageProps } from './page';
import { Icon } from './icons';
import './style.css';

applyTheme(savedTheme());

type Loader = () => Promise<ComponentType<PageProps>>;
type Entry = { key: string; label: string; icon: string; page?: ComponentType<PageProps>; load?: Loader };
// Today and Tasks come with the first load; the other pages when first opened.
const PAGES: Entry[] = [
  { key: 'today', label: 'Today', icon: '◎', page: Today },
  { key: 'tasks', label: 'Tasks', icon: '☑', page: Tasks },
  { key: 'notes', label: 'Notes', icon: '✎', load: () => import('./pages/Notes').then((m) => m.Notes) },
  { key: 'people', label: 'People', icon: '☺', load: () => import('./pages/People').then((m) => m.People) },
  { key: 'places', label: 'Places', icon: '⌖', load: () => import('./pages/Places').then((m) => m.Places) },
  { key: 'habits', label: 'Habits', icon: '↻', load: () => import('./pages/Habits').then((m) => m.Habits) },
  { key: 'fasting', label: 'Fasting', icon: '◔', load: () => import('./pages/Fasting').then((m) => m.Fasting) },
  { key: 'health', label: 'Health', icon: '♥', load: () => import('./pages/Health').then((m) => m.Health) },
  { key: 'workouts', label: 'Workouts', icon: '⚡', load: () => import('./pages/Workouts').then((m) => m.Workouts) },
  { key: 'faith', label: 'Faith', icon: '✦', load: () => import('./pages/Faith').then((m) => m.Faith) },
  { key: 'finance', label: 'Finance', icon: '¤', load: () => import('./pages/Finance').then((m) => m.Finance) },
  { key: 'members', label: 'Members', icon: '⚇', load: () => import('./pages/Members').then((m) => m.Members) },
];
const loaded = new Map<string, ComponentType<PageProps>>();

function current(): string {
  const p = location.pathname.slice(1);
  return PAGES.some((e) => e.key === p) ? p : 'today';
}

/** A page, its module fetched the first time it is opened. */
function PageView({ entry, props }: { entry: Entry; props: PageProps }) {
  const [C, setC] = useState<ComponentType<PageProps> | null>(() => entry.page ?? loaded.get(entry.key) ?? null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (C || !entry.load) return;
    let live = true;
    entry.load().then((m) => {
      loaded.set(entry.key, m);
      if (live) setC(() => m);
    }, (e) => live && setError(message(e)));
    return () => { live = false; };
  }, []);
  if (error) return <p class="error" role="alert">This page did not load: {error}</p>;
  return C ? <C {...props} /> : <p class="meta">Loading…</p>;
}

function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [ws, setWs] = useState<string>('');
  const [page, setPage] = useState<string>(current());
  const [online, setOnline] = useState(true);
  const [theme, setThemeState] = useState<Theme>(savedTheme() ?? systemTheme());

  const load = async () => {
    try {
      const { data } = await api.GET('/v1/me');
      setMe(data ?? null);
      if (data) setWs((w) => (data.workspaces.some((x) => x.id === w) ? w : data.workspaces[0]?.id ?? ''));
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
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    // On a phone the links scroll sideways: keep the current one in sight.
    nav.current?.querySelector('[aria-current=page]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [page, me]);
  useEffect(() => {
    const t = PAGES.find((e) => e.key === page)?.label;
    document.title = t ? `${t} · LifeOS` : 'LifeOS';
  }, [page]);

  const go = (p: string) => (e: Event) => {
    e.preventDefault();
    if (p !== page) history.pushState(null, '', `/${p}`);
    setPage(p);
    scrollTo(0, 0);
  };
  const signOut = async () => {
    try {
      await api.POST('/v1/auth/logout');
    } catch (e) {
      console.warn(message(e));
    }
    setMe(null);
  };
  const toggleTheme = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    setTheme(next);
    setThemeState(next);
  };
  const themeButton = (
    <button type="button" class="ghost icon" onClick={toggleTheme} aria-label={theme === 'dark' ? 'Use the light theme' : 'Use the dark theme'}
      title={theme === 'dark' ? 'Light theme' : 'Dark theme'}>{theme === 'dark' ? '☀' : '☾'}</button>
  );

  if (me === undefined) return <main class="center"><p>Loading…</p></main>;
  if (me === null) return <SignIn onSignedIn={load} theme={themeButton} />;
  const title = PAGES.find((e) => e.key === page)?.label ?? '';
  const role = me.workspaces.find((w) => w.id === ws)?.role ?? 'member';
  return (
    <div class="shell">
      <header class="top">
        <a class="brand" href="/today" onClick={go('today')}><span class="logo" aria-hidden="true">L</span>LifeOS</a>
        <label class="ws">
          <span>Workspace</span>
          <select value={ws} onChange={(e) => setWs((e.target as HTMLSelectElement).value)}>
            {me.workspaces.map((w) => (
              <option value={w.id} key={w.id}>{w.name}</option>
            ))}
          </select>
        </label>
        <span class="who">{me.user.email}</span>
        {themeButton}
        <button type="button" class="ghost" onClick={signOut}>Sign out</button>
      </header>
      {!online && <p class="offline" role="status">Connection lost: retrying…</p>}
      <nav aria-label="Pages" class="side" ref={nav}>
        {PAGES.map((e) => (
          <a href={`/${e.key}`} key={e.key} aria-current={e.key === page ? 'page' : undefined} onClick={go(e.key)}>
            <Icon name={e.key} />{e.label}
          </a>
        ))}
      </nav>
      <main id="main">
        <h1>{title}</h1>
        {ws && <PageView key={`${page}:${ws}`} entry={PAGES.find((e) => e.key === page)!} props={{ ws, role, me }} />}
      </main>
    </div>
  );
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}
render(<App />, document.getElementById('app')!);
