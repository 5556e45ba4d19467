// The one client of the API: typed from schema.d.ts (generated from the server's
// OpenAPI document; no request or response type is written by hand), with one
// middleware that sends the CSRF token on writes and turns problem documents into
// readable errors. The session itself is an HttpOnly cookie script cannot read.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths, Problem } from './schema';

/** A refused request: the server's message, and the field it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly problem?: Problem,
  ) {
    super(message);
  }
}

/** The CSRF token the server set at login (a readable cookie, echoed as a header). */
function csrf(): string {
  const m = document.cookie.match(/(?:^|;\s*)lifeos_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

type Listener = (online: boolean) => void;
const listeners = new Set<Listener>();
/** Called with false when the server cannot be reached, true when it answers again. */
export function onConnection(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
function connection(online: boolean) {
  listeners.forEach((l) => l(online));
}

let unauthorized: () => void = () => {};
/** What to do when the session is gone (401): the app shows the sign-in form. */
export function onUnauthorized(f: () => void) {
  unauthorized = f;
}

const middleware: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      request.headers.set('X-CSRF-Token', csrf());
    }
    return request;
  },
  async onResponse({ response }) {
    connection(true);
    if (response.ok) return response;
    let problem: Problem | undefined;
    if ((response.headers.get('content-type') ?? '').includes('json')) {
      problem = (await response.clone().json().catch(() => undefined)) as Problem | undefined;
    }
    if (response.status === 401) unauthorized();
    const message = problem?.detail ?? `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, problem?.field ?? undefined, problem);
  },
  onError({ error }) {
    connection(false);
    console.warn(`cannot reach the server: ${String(error)}`);
    return new ApiError(0, "Cannot reach the server. What you typed is kept: send it again once the connection is back.");
  },
};

export const api = createClient<paths>({ baseUrl: location.origin, credentials: 'same-origin' });
api.use(middleware);

/** A message for any error a call threw. */
export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
