import { useState } from 'preact/hooks';
import { api, message } from '../api/client';

export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      // The session arrives as an HttpOnly cookie; the token in the body is not kept.
      await api.POST('/v1/auth/login', { body: { email, password } });
      onSignedIn();
    } catch (err) {
      setError(message(err));
    }
  };
  return (
    <main class="center">
      <form class="card signin" onSubmit={submit}>
        <h1>LifeOS</h1>
        <label for="email">Email</label>
        <input id="email" type="email" autoComplete="username" required value={email}
          onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
        <label for="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
