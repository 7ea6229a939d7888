/**
 * What keeps slow or idle clients from taking the server (issue 15: the demo server was locked
 * for 90 s by 1,000 slow sockets). Node checks its header and request timeouts only every
 * `connectionsCheckingInterval` (30 s by default), and a process with the usual soft limit of
 * 1,024 file descriptors stops accepting once they are all held by clients that never finish
 * their headers. So: short timeouts, checked every second, and a cap on open connections that,
 * when reached, closes the oldest connection with no request in progress rather than refusing
 * the newcomer: a client that sends a whole request is answered however many trickle.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  /** A client must send its request's headers within this. */
  headersTimeoutMs: number;
  /** …and the whole request, body included, within this. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; kept below the process's file descriptor limit. */
  maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  // Leaves room under a soft limit of 1,024 descriptors for the database, files and the rest.
  maxConnections: 900,
};

/** How often Node enforces the timeouts above. */
export const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/** Caps `server`'s open connections at `max`, closing the oldest one that is not being answered. */
export function shedIdleConnections(server: Server, max: number): void {
  // A Set keeps insertion order, so the first idle socket found is the oldest.
  const open = new Set<Socket>();
  const busy = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      busy.delete(socket);
    });
    if (open.size <= max) return;
    for (const other of open) {
      if (other !== socket && !other.destroyed && !busy.has(other)) {
        other.destroy();
        return;
      }
    }
    // Every other connection is being answered: the newcomer waits for none of them.
    socket.destroy();
  });
  server.on('request', (request, response) => {
    const socket = request.socket as Socket;
    busy.add(socket);
    response.once('close', () => busy.delete(socket));
  });
}
