/**
 * The staff pages' entry: the login gate (src/staff/shell) over the route table (./routes.ts),
 * whose pages load on first visit. DKFDS's stylesheet is linked by the build (vite.staff.config.ts).
 */
import { render } from 'preact';
import '../src/staff/shell/staff.css';
import { Shell } from '../src/staff/shell/shell.js';
import { STAFF_ROUTES } from './routes.js';

const root = document.getElementById('staff-root');
if (!root) throw new Error('staff/index.html has no #staff-root');
render(<Shell routes={STAFF_ROUTES} />, root);
