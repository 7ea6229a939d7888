/**
 * Every staff page's frame: a skip link, the product's name, who is logged in, the pages this role
 * may open, the language and the logout button; the page in <main>.
 */
import type { i18n } from 'i18next';
import type { ComponentChildren } from 'preact';
import type { SessionResponse } from '../../model/staff-api.js';
import { STAFF_LANGS, type StaffLang } from '../../i18n/create-staff-i18n.js';
import { mayOpen, type StaffRoute } from './route-table.js';

export interface LayoutProps {
  i18n: i18n;
  lang: StaffLang;
  onLang: (lang: StaffLang) => void;
  session: SessionResponse | null;
  routes: readonly StaffRoute[];
  current: string;
  onLogout: () => void;
  loggingOut: boolean;
  children: ComponentChildren;
}

const LANG_NAMES: Record<StaffLang, string> = { da: 'Dansk', en: 'English' };

export function Layout({ i18n, lang, onLang, session, routes, current, onLogout, loggingOut, children }: LayoutProps) {
  const t = i18n.t.bind(i18n);
  const pages = session ? routes.filter((r) => mayOpen(r, session.role)) : [];
  return (
    <>
      <a class="skipnav" href="#main-content">
        {t('skipToContent')}
      </a>
      <header class="header staff-header">
        <div class="container staff-header-inner">
          <p class="staff-product">{t('product')}</p>
          {pages.length > 1 && (
            <nav aria-label={t('nav.label')} class="staff-nav">
              <ul>
                {pages.map((r) => (
                  <li key={r.path}>
                    <a href={r.path} aria-current={r.path === current ? 'page' : undefined}>
                      {t(`nav.${r.name}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div class="staff-tools">
            <div class="staff-lang">
              <label for="staff-lang">{t('language')}</label>
              <select class="form-select" id="staff-lang" value={lang} onChange={(e) => onLang(e.currentTarget.value as StaffLang)}>
                {STAFF_LANGS.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANG_NAMES[l]}
                  </option>
                ))}
              </select>
            </div>
            {session && (
              <>
                <p class="staff-user">{t('header.loggedInAs', { username: session.username, role: t(`roles.${session.role}`) })}</p>
                <button type="button" class="button button-secondary" onClick={onLogout} disabled={loggingOut}>
                  {loggingOut ? t('header.loggingOut') : t('header.logout')}
                </button>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main-content" class="container staff-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
