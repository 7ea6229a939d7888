/**
 * The staff pages, one place: the shell shows the page at the address, the server answers its
 * path with index.html. Each page's code loads when first opened.
 */
import type { StaffRoute } from '../src/staff/shell/route-table.js';

export const STAFF_ROUTES: readonly StaffRoute[] = [
  { path: '/staff/', name: 'dashboard', roles: ['manager', 'operator'], load: () => import('../src/staff/dashboard/dashboard-page.js') },
  { path: '/staff/console', name: 'console', roles: ['manager', 'staff'], load: () => import('../src/staff/console/console-page.js') },
];
