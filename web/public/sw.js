// Caches the app shell (index.html, the assets it loads, the manifest and icons) at
// install, so the app opens offline; the API (/v1) always goes to the network.
const CACHE = 'lifeos-shell-v2';
const STATIC = ['/manifest.webmanifest', '/icon.svg', '/icon-192.png', '/icon-512.png', '/icon-maskable-512.png'];
self.addEventListener('install', (e) => {
  e.waitUntil((async () => {
    const c = await caches.open(CACHE);
    const res = await fetch('/', { cache: 'no-cache' });
    const html = await res.clone().text();
    // The hashed assets the shell loads (script, stylesheet, preloads).
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    await c.put('/', res);
    await c.addAll([...STATIC, ...assets]);
  })());
  self.skipWaiting();
});
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((ks) => Promise.all(ks.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/v1') || url.pathname === '/openapi.json') return;
  if (url.pathname.startsWith('/assets/')) {
    // Hashed names never change: the cache first, then the network (kept for next time).
    e.respondWith(caches.match(e.request).then((hit) => hit || fetch(e.request).then((res) => {
      if (res.ok) {
        const copy = res.clone();
        caches.open(CACHE).then((c) => c.put(e.request, copy));
      }
      return res;
    })));
    return;
  }
  if (e.request.mode === 'navigate') {
    // Pages: the network first (index.html is no-cache), the cached shell when offline.
    e.respondWith(fetch(e.request).then((res) => {
      if (res.ok) {
        const copy = res.clone();
        caches.open(CACHE).then((c) => c.put('/', copy));
      }
      return res;
    }).catch(() => caches.match('/')));
    return;
  }
  e.respondWith(fetch(e.request).catch(() => caches.match(e.request)));
});
