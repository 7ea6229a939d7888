/**
 * What a staff page is to the shell: a path, the roles that may open it, and its code loaded on
 * first visit. The table itself is staff/routes.ts (one place, so the console plugs in there);
 * the server answers the same paths (src/server/pages/static-files.ts, STAFF_PAGES).
 */
import type { ComponentType } from 'preact';
import type { i18n } from 'i18next';
import type { SessionResponse } from '../../model/staff-api.js';
import type { StaffRole } from '../../model/vocabulary.js';
import type { StaffLang } from '../../i18n/create-staff-i18n.js';

export interface StaffPageProps {
  session: SessionResponse;
  i18n: i18n;
  lang: StaffLang;
}

export interface StaffPageModule {
  Page: ComponentType<StaffPageProps>;
}

export interface StaffRoute {
  path: string;
  /** The key under `nav` in the staff locales: the page's name in the navigation and title. */
  name: 'dashboard' | 'console';
  roles: readonly StaffRole[];
  load: () => Promise<StaffPageModule>;
}

/** Where each role lands after login (the role table of the routing-log issue). */
export const LANDING: Record<StaffRole, string> = { manager: '/staff/', staff: '/staff/console', operator: '/staff/' };

export function routeAt(routes: readonly StaffRoute[], path: string): StaffRoute | undefined {
  return routes.find((r) => r.path === path);
}

export function mayOpen(route: StaffRoute, role: StaffRole): boolean {
  return route.roles.includes(role);
}
