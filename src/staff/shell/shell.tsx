/**
 * The login gate: asks /api/session who is logged in; nobody → the login form at whatever staff
 * address was opened (a bookmarked dashboard view keeps its filters through the login); someone →
 * the page at the address if their role may open it, else where their role lands. Pages load
 * their code on first visit.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { SessionResponse } from '../../model/staff-api.js';
import { createStaffI18n, staffLang, type StaffLang } from '../../i18n/create-staff-i18n.js';
import { currentSession, logout } from './api-client.js';
import { Layout } from './layout.js';
import { LoginForm } from './login-form.js';
import { LANDING, mayOpen, routeAt, type StaffPageModule, type StaffPageProps, type StaffRoute } from './route-table.js';

type Phase = { kind: 'checking' } | { kind: 'anonymous' } | { kind: 'unreachable' } | { kind: 'in'; session: SessionResponse };

const LANG_KEY = 'kanalguide-staff-lang';

function savedLang(): StaffLang {
  try {
    return staffLang(localStorage.getItem(LANG_KEY));
  } catch {
    // Storage may be refused (privacy settings); Danish is the default.
    return 'da';
  }
}

export function Shell({ routes }: { routes: readonly StaffRoute[] }) {
  const [lang, setLang] = useState<StaffLang>(savedLang);
  const i18n = useMemo(() => createStaffI18n(lang), [lang]);
  const t = i18n.t.bind(i18n);
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [path, setPath] = useState(location.pathname);
  const [loggingOut, setLoggingOut] = useState(false);

  const check = async () => {
    setPhase({ kind: 'checking' });
    try {
      const session = await currentSession();
      if (!session) return setPhase({ kind: 'anonymous' });
      const route = routeAt(routes, location.pathname);
      // A role lands where the role table says when the address is not one of its pages.
      if (!route || !mayOpen(route, session.role)) {
        const landing = LANDING[session.role];
        if (location.pathname !== landing) history.replaceState(null, '', landing);
      }
      setPath(location.pathname);
      setPhase({ kind: 'in', session });
    } catch {
      setPhase({ kind: 'unreachable' });
    }
  };

  useEffect(() => {
    void check();
  }, []);

  // Before paint, so the page never shows text in one language under the other's lang attribute
  // (a screen reader would read the English words with Danish pronunciation for a frame).
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Not remembered; the page still switches.
    }
  }, [lang]);

  const onLogout = async () => {
    setLoggingOut(true);
    try {
      await logout();
    } catch {
      // The session may already be gone; the login form is shown either way and the server
      // refuses the old cookie.
    }
    setLoggingOut(false);
    // The next login lands where its role does, not on the last page of the previous user.
    history.replaceState(null, '', '/staff/');
    setPath('/staff/');
    setPhase({ kind: 'anonymous' });
  };

  const session = phase.kind === 'in' ? phase.session : null;
  const route = routeAt(routes, path);
  let body;
  switch (phase.kind) {
    case 'checking':
      body = <p role="status">{t('loading')}</p>;
      break;
    case 'unreachable':
      body = (
        <div class="alert alert-error" role="alert">
          <div class="alert-body">
            <p class="alert-text">{t('sessionFailed')}</p>
            <button type="button" class="button button-secondary" onClick={() => void check()}>
              {t('retry')}
            </button>
          </div>
        </div>
      );
      break;
    case 'anonymous':
      body = <LoginForm i18n={i18n} onLoggedIn={() => void check()} />;
      break;
    case 'in':
      body = route ? <RoutedPage key={route.path} route={route} session={phase.session} i18n={i18n} lang={lang} /> : <NotFound i18n={i18n} role={phase.session.role} />;
      break;
  }

  useEffect(() => {
    const page = phase.kind === 'in' && route ? t(`nav.${route.name}`) : phase.kind === 'anonymous' ? t('login.heading') : t('loading');
    document.title = `${page} – ${t('product')}`;
  }, [phase, route, lang]);

  return (
    <Layout i18n={i18n} lang={lang} onLang={setLang} session={session} routes={routes} current={path} onLogout={() => void onLogout()} loggingOut={loggingOut}>
      {body}
    </Layout>
  );
}

function NotFound({ i18n, role }: { i18n: StaffPageProps['i18n']; role: SessionResponse['role'] }) {
  const t = i18n.t.bind(i18n);
  return (
    <>
      <h1>{t('pages.notFound.heading')}</h1>
      <p>{t('pages.notFound.text')}</p>
      <p>
        <a href={LANDING[role]}>{t('pages.notFound.home')}</a>
      </p>
    </>
  );
}

function RoutedPage({ route, ...props }: StaffPageProps & { route: StaffRoute }) {
  const [loaded, setLoaded] = useState<StaffPageModule | 'failed' | null>(null);
  const t = props.i18n.t.bind(props.i18n);
  useEffect(() => {
    let live = true;
    route.load().then(
      (module) => live && setLoaded(module),
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, [route]);
  if (loaded === null) return <p role="status">{t('loading')}</p>;
  if (loaded === 'failed')
    return (
      <>
        <h1>{t('pages.failed.heading')}</h1>
        <p>{t('pages.failed.text')}</p>
      </>
    );
  return <loaded.Page {...props} />;
}
