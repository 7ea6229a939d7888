/**
 * The widget's files and the demo pages (src/server/pages/), with a test for each defect a probe
 * found in the old demo server (issue 15). Loopback only; every loop is bounded in count and time,
 * and each waits for liveness within a deadline, never for a latency figure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A served folder like the repository's: index.html, demo/, dist/widget/, and a secret outside it. */
function site(): { root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'kanalguide-pages-'));
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  const root = join(base, 'site');
  const outside = join(base, 'outside');
  for (const dir of [root, join(root, 'demo'), join(root, 'dist/widget'), outside]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(root, 'demo/site.css'), 'body { color: black }');
  writeFileSync(join(root, 'dist/widget/kanalguide.js'), 'console.log("loader")');
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  return { root, outside };
}

async function inProcess(root: string, demo = true): Promise<FastifyInstance> {
  const store = openSqliteStore(':memory:');
  const app = await buildApp({ store, topics: new Set(), municipalities: new Map(), pages: { root, demo } });
  cleanups.push(async () => {
    await app.close();
    await store.close();
  });
  return app;
}

async function listening(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

/** One GET on a new connection: status and body, or the error's code. */
function get(port: number, path: string, timeoutMs = 5000): Promise<{ status: number; body: string; length: number } | { error: string }> {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, body: Buffer.concat(chunks).toString(), length: Number(res.headers['content-length']) }));
      res.on('error', (e) => done({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => done({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end();
  });
}

/** A server in a child process (see support/serve-pages.ts); resolves with its port. */
function child(root: string, how: { permissionsApply?: boolean; fdLimit?: number }): Promise<{ port: number; process: ChildProcess }> {
  // Root reads every file. Without the capabilities that override file permissions (util-linux's
  // setpriv) it reads like the file's owner would, yet stays the owner of the clone's folders,
  // which another user such as nobody may not be allowed to enter (CI clones into a private folder).
  const dropOverride = how.permissionsApply && process.getuid?.() === 0 ? 'setpriv --bounding-set -dac_override,-dac_read_search ' : '';
  const command = `${how.fdLimit ? `ulimit -n ${how.fdLimit} && ` : ''}exec ${dropOverride}node --import tsx tests/server/support/serve-pages.ts "$0"`;
  const proc = spawn('bash', ['-c', command, root], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => {
    proc.kill('SIGKILL');
  });
  return new Promise((done, fail) => {
    proc.stdout!.once('data', (d: Buffer) => done({ port: Number(String(d).trim()), process: proc }));
    proc.once('exit', (code) => fail(new Error(`the server exited with ${code}`)));
  });
}

describe('the pages', () => {
  it('the demo page and the widget under the strict CSP; CORS on the widget’s files and their 404s only', async () => {
    const { root } = site();
    const app = await inProcess(root);
    const page = await app.inject('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    const loader = await app.inject('/widget/kanalguide.js');
    expect([loader.statusCode, loader.headers['access-control-allow-origin'], loader.body]).toEqual([200, '*', 'console.log("loader")']);
    expect((await app.inject('/widget/data/municipalities/atlantis.json')).headers['access-control-allow-origin']).toBe('*');
  });

  it('npm run serve: the widget’s files without the demo pages', async () => {
    const { root } = site();
    const app = await inProcess(root, false);
    expect((await app.inject('/')).statusCode).toBe(404);
    expect((await app.inject('/demo/site.css')).statusCode).toBe(404);
    expect((await app.inject('/widget/kanalguide.js')).statusCode).toBe(200);
  });

  it('no path out of the served folders: dot segments, encoded ones, and symlinks placed inside pointing out', async () => {
    const { root, outside } = site();
    symlinkSync(join(outside, 'secret.txt'), join(root, 'demo/escape.css'));
    symlinkSync(outside, join(root, 'dist/widget/data'));
    symlinkSync(join(root, 'demo/site.css'), join(root, 'demo/inside.css'));
    const app = await inProcess(root);
    for (const path of [
      '/demo/escape.css',
      '/widget/data/secret.txt',
      '/demo/../../outside/secret.txt',
      '/demo/%2e%2e/%2e%2e/outside/secret.txt',
      '/widget/..%2f..%2f..%2foutside%2fsecret.txt',
      '/demo/%00',
    ]) {
      const response = await app.inject(path);
      expect([403, 404, 400], path).toContain(response.statusCode);
      expect(response.body, path).not.toContain('SECRET');
    }
    expect((await app.inject('/demo/inside.css')).statusCode).toBe(200);
  });

  it('one unreadable file: 500 for it, and the server keeps answering', async () => {
    const { root } = site();
    writeFileSync(join(root, 'demo/locked.css'), 'locked');
    chmodSync(join(root, 'demo/locked.css'), 0o000);
    // A FIFO would block a plain open() for ever; it is refused instead.
    spawn('mkfifo', [join(root, 'demo/pipe.css')]).once('exit', () => undefined);
    await new Promise((ok) => setTimeout(ok, 200));
    const { port } = await child(root, { permissionsApply: true });
    expect(await get(port, '/demo/locked.css')).toMatchObject({ status: 500 });
    expect(await get(port, '/demo/pipe.css')).toMatchObject({ status: 404 });
    expect(await get(port, '/demo/site.css')).toMatchObject({ status: 200, body: 'body { color: black }' });
  });

  it('a rebuild while serving (files rewritten, replaced and deleted): every answer whole or a 404, and the server keeps answering', async () => {
    const { root } = site();
    const port = await listening(await inProcess(root));
    const file = join(root, 'dist/widget/app.js');
    const versions = ['a'.repeat(300_000), 'b'.repeat(1000), 'c'.repeat(120_000)];
    const answers: Array<Awaited<ReturnType<typeof get>>> = [];
    const end = Date.now() + 2000;
    const writer = (async () => {
      for (let i = 0; Date.now() < end && i < 5000; i++) {
        const text = versions[i % 3]!;
        if (i % 3 === 0) writeFileSync(file, text);
        else if (i % 3 === 1) {
          writeFileSync(`${file}.tmp`, text);
          renameSync(`${file}.tmp`, file);
        } else rmSync(file, { force: true });
        await new Promise((ok) => setImmediate(ok));
      }
    })();
    const readers = Array.from({ length: 4 }, async () => {
      for (let i = 0; Date.now() < end && i < 2000; i++) answers.push(await get(port, '/widget/app.js'));
    });
    await Promise.all([writer, ...readers]);
    expect(answers.length).toBeGreaterThan(10);
    for (const answer of answers) {
      expect('status' in answer ? [200, 404] : [], JSON.stringify(answer).slice(0, 80)).toContain('status' in answer ? answer.status : -1);
      if ('status' in answer && answer.status === 200) expect(answer.body.length).toBe(answer.length);
    }
    expect(await get(port, '/demo/site.css')).toMatchObject({ status: 200 });
  });

  it('200 clients that leave mid-body hold no file descriptors, and the server keeps answering', async () => {
    const { root } = site();
    writeFileSync(join(root, 'dist/widget/big.js'), 'x'.repeat(4 * 1024 * 1024));
    const port = await listening(await inProcess(root));
    const descriptors = () => readdirSync('/proc/self/fd').length;
    const baseline = descriptors();
    await Promise.all(
      Array.from(
        { length: 200 },
        () =>
          new Promise<void>((done) => {
            const socket = connect(port, '127.0.0.1', () => socket.write('GET /widget/big.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
            socket.once('data', () => socket.destroy());
            socket.once('close', () => done());
            socket.setTimeout(5000, () => socket.destroy());
          }),
      ),
    );
    const deadline = Date.now() + 5000;
    while (descriptors() > baseline + 10 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    expect(descriptors()).toBeLessThanOrEqual(baseline + 10);
    expect(await get(port, '/demo/site.css')).toMatchObject({ status: 200 });
  });

  it('1,000 slow sockets trickling bytes: a normal request is still answered within 5 s, under a limit of 1,024 descriptors', async () => {
    const { root } = site();
    const { port } = await child(root, { fdLimit: 1024 });
    const slow: Socket[] = [];
    cleanups.push(() => slow.forEach((s) => s.destroy()));
    const trickle = setInterval(() => slow.forEach((s) => s.writable && s.write('x')), 500);
    cleanups.push(() => clearInterval(trickle));
    await Promise.all(
      Array.from(
        { length: 1000 },
        () =>
          new Promise<void>((done) => {
            const socket = connect(port, '127.0.0.1', () => {
              socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
              done();
            });
            socket.on('error', () => done());
            slow.push(socket);
          }),
      ),
    );
    const started = Date.now();
    let answer = await get(port, '/demo/site.css', 5000);
    // A browser retries a connection the server reset; so does this client, until the deadline.
    while (!('status' in answer) && Date.now() - started < 5000) answer = await get(port, '/demo/site.css', 5000 - (Date.now() - started));
    expect(answer).toMatchObject({ status: 200 });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
