/**
 * The login form: labelled fields, the browser's password manager welcome (autocomplete), and
 * every failure said in words in an alert that takes focus, so a screen reader hears it at once.
 * What was typed stays when the login fails.
 */
import type { i18n } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import { login, type LoginResult } from './api-client.js';

type Failure = Exclude<LoginResult, { ok: true }> | { ok: false; reason: 'missing' };

export function LoginForm({ i18n, onLoggedIn }: { i18n: i18n; onLoggedIn: () => void }) {
  const t = i18n.t.bind(i18n);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) return setFailure({ ok: false, reason: 'missing' });
    setBusy(true);
    const result = await login(username.trim(), password);
    setBusy(false);
    if (result.ok) onLoggedIn();
    else setFailure(result);
  };

  const message = (f: Failure): string => {
    switch (f.reason) {
      case 'missing':
        return t('login.missing');
      case 'wrong':
        return t('login.wrong');
      case 'locked':
        // The server says how long; without that, the lock's usual 15 minutes.
        return t('login.locked', { minutes: f.minutes ?? 15 });
      case 'refused':
        return t('login.refused', { reason: f.message });
      case 'server':
        return t('login.serverDown');
    }
  };

  return (
    <>
      <h1>{t('login.heading')}</h1>
      <p>{t('login.intro')}</p>
      {failure && (
        <div class="alert alert-error" role="alert" tabIndex={-1} ref={alertRef} data-reason={failure.reason}>
          <div class="alert-body">
            <h2 class="alert-heading">{t('login.errorHeading')}</h2>
            <p class="alert-text">{message(failure)}</p>
          </div>
        </div>
      )}
      <form class="login-form" onSubmit={submit} noValidate>
        <div class="form-group">
          <label class="form-label" for="login-username">
            {t('login.username')}
          </label>
          <input
            class="form-input"
            id="login-username"
            name="username"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            required
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </div>
        <div class="form-group">
          <label class="form-label" for="login-password">
            {t('login.password')}
          </label>
          <input class="form-input" id="login-password" name="password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </div>
        <button class="button button-primary" type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </>
  );
}
