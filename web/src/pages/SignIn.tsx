import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, message } from '../api/client';

export function SignIn({ onSignedIn, theme }: { onSignedIn: () => void; theme?: ComponentChildren }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      // The session arrives as an HttpOnly cookie; the token in the body is not kept.
      await api.POST('/v1/auth/login', { body: { email, password } });
      onSignedIn();
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="center signin-page">
      <div class="signin-theme">{theme}</div>
      <form class="card signin" onSubmit={submit}>
        <h1><span class="logo" aria-hidden="true">L</span>LifeOS</h1>
        <p class="meta">Your tasks, habits, health and money, on your own server.</p>
        <label for="email">Email</label>
        <input id="email" type="email" autoComplete="username" required value={email}
          onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
        <label for="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>Sign in</button>
      </form>
    </main>
  );
}
