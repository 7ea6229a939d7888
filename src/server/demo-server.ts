/**
 * `npm start`: serves the demo municipality's pages with the widget embedded as a webmaster
 * would, under a strict Content-Security-Policy, and the built widget from dist/widget.
 * Plain node:http: static files are all it does today (the routing-log collector comes later).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** No inline script or style anywhere: the widget must work under exactly this. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** URL path → file, only inside the folders we serve. */
const MOUNTS: Array<[prefix: string, dir: string]> = [
  ['/widget/', join(ROOT, 'dist/widget')],
  ['/demo/', join(ROOT, 'demo')],
];
const PAGES: Record<string, string> = {
  '/': join(ROOT, 'index.html'),
  '/index.html': join(ROOT, 'index.html'),
  '/inline.html': join(ROOT, 'demo/inline.html'),
};

function fileFor(pathname: string): string | null {
  if (PAGES[pathname]) return PAGES[pathname]!;
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = resolve(dir, normalize(decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(dir + '/') ? file : null;
  }
  return null;
}

export function startDemoServer(port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // A municipality's pages on another origin import app.js (a module) and fetch the JSON, both in
    // CORS mode: without this header the widget loads its launcher and nothing else. Its 404s
    // carry it too, so an unknown municipality reads as a 404, not as a refusal. Only the
    // widget's files: the demo pages are nobody else's to read.
    if (req.url?.startsWith('/widget/')) res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Only GET and HEAD.\n');
      return;
    }
    let file: string | null;
    try {
      file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      file = null;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  if (!existsSync(join(ROOT, 'dist/widget/kanalguide.js'))) {
    console.error('The widget is not built: run npm run build first (npm start does).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8080);
  startDemoServer(port, process.env.HOST ?? '127.0.0.1').then(
    () => console.log(`Kanalguide demo: http://localhost:${port}/  (inline, assisted: http://localhost:${port}/inline.html)`),
    (e: Error) => {
      console.error(`could not listen on port ${port}: ${e.message}`);
      process.exit(1);
    },
  );
}
