/**
 * The widget's files (dist/widget) and, with `npm start`, the demo municipality's pages, under
 * a strict Content-Security-Policy. Each answer fixes a defect a probe found in the old demo
 * server (issue 15):
 * - a file is opened, checked and read whole before anything is sent, and every failure to do so
 *   is an answer (404, or 500 for a file that cannot be read), never an unhandled stream error;
 * - the descriptor is closed as soon as the read ends, so a client that goes away mid-body holds
 *   none (the files are small: the largest, app.js, is under 200 KB);
 * - a rebuild that replaces or deletes a file while it is read gives the old file, the new one or
 *   a 404, never a half-sent body with a wrong length;
 * - the real path, symlinks resolved, must lie inside the served folder;
 * - a FIFO or device placed in a folder is refused without blocking (O_NONBLOCK).
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';

/** No inline script or style anywhere: the widget must work under exactly this. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The paths the staff shell's route table (src/staff/shell/routes.ts) answers; a test holds the
 * two lists equal, so a page added there is served here.
 */
export const STAFF_PAGES = ['/staff/', '/staff/console'] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  // DKFDS's typeface, served from our origin: the CSP allows fonts from 'self' only.
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Far above any file we serve; what is bigger is refused rather than held in memory. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Errors that mean "there is no such file here" rather than "the file cannot be read". */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EISDIR']);

export interface PagesOptions {
  /** The repository's root: dist/widget, index.html and demo/ are read from it. */
  root: string;
  /** Serve the demo municipality's pages (`npm start`), or only the widget (`npm run serve`). */
  demo: boolean;
}

/** The file's bytes, or null when there is no such file inside `dir`. Throws when it cannot be read. */
export async function readServedFile(dir: string, relative: string): Promise<Buffer | null> {
  if (relative.includes('\0')) return null;
  const path = resolve(dir, relative);
  if (!path.startsWith(dir + sep)) return null;
  try {
    // Resolved on every request: a rebuild may replace the folder itself.
    const [real, realDir] = await Promise.all([realpath(path), realpath(dir)]);
    if (!real.startsWith(realDir + sep)) return null;
    const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return null;
      if (stats.size > MAX_FILE_BYTES) throw new Error(`${real} is larger than ${MAX_FILE_BYTES} bytes`);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (MISSING.has((e as NodeJS.ErrnoException).code ?? '')) return null;
    throw e;
  }
}

async function sendFile(reply: FastifyReply, dir: string, relative: string): Promise<FastifyReply> {
  let body: Buffer | null;
  try {
    body = await readServedFile(dir, relative);
  } catch (e) {
    reply.log.error({ err: e }, 'a served file could not be read');
    return reply.code(500).type('text/plain; charset=utf-8').send('The file could not be read.\n');
  }
  if (!body) return reply.code(404).type('text/plain; charset=utf-8').send('Not found.\n');
  return reply
    .header('Cache-Control', 'no-cache')
    .type(TYPES[extname(relative)] ?? 'application/octet-stream')
    .send(body);
}

export const staticFiles: FastifyPluginAsync<PagesOptions> = async (app, { root, demo }) => {
  const widgetDir = join(root, 'dist/widget');
  app.get<{ Params: { '*': string } }>('/widget/*', (request, reply) => {
    // A municipality's pages on another origin import app.js (a module) and fetch the JSON, both
    // in CORS mode: without this header the widget loads its launcher and nothing else. Its 404s
    // carry it too, so an unknown municipality reads as a 404, not as a refusal. Only the
    // widget's files: the demo pages are nobody else's to read.
    reply.header('Access-Control-Allow-Origin', '*');
    return sendFile(reply, widgetDir, request.params['*']);
  });
  // The staff pages (dist/staff): one page whose shell routes by path, so each page the route
  // table knows answers with index.html; their files live beside it. Served in every deployment:
  // the staff API they call is.
  const staffDir = join(root, 'dist/staff');
  app.get('/staff', (_request, reply) => reply.redirect('/staff/', 301));
  for (const page of STAFF_PAGES) app.get(page, (_request, reply) => sendFile(reply, staffDir, 'index.html'));
  app.get<{ Params: { '*': string } }>('/staff/assets/*', (request, reply) => sendFile(reply, staffDir, `assets/${request.params['*']}`));
  app.get<{ Params: { '*': string } }>('/staff/dkfds/*', (request, reply) => sendFile(reply, staffDir, `dkfds/${request.params['*']}`));
  if (!demo) return;
  const demoDir = join(root, 'demo');
  app.get<{ Params: { '*': string } }>('/demo/*', (request, reply) => sendFile(reply, demoDir, request.params['*']));
  app.get('/', (_request, reply) => sendFile(reply, root, 'index.html'));
  app.get('/index.html', (_request, reply) => sendFile(reply, root, 'index.html'));
  app.get('/inline.html', (_request, reply) => sendFile(reply, demoDir, 'inline.html'));
};
