/**
 * Registered contacts on their way to the server. A contact is kept in memory until the server
 * has taken it; when a post fails, the contact waits and goes first at the next registration, so
 * nothing a staff member registered is lost to a network hiccup or a restarting server. Each
 * contact carries its own id, so a retry of one the server did store is not counted twice.
 */

/** Why a post failed, in words for the staff member (what the server said, or that it was unreachable). */
export class SendError extends Error {}

export type SendContact<C> = (contact: C) => Promise<void>;

export interface OutboxResult {
  /** How many went to the server in this round. */
  sent: number;
  /** How many still wait (kept, and sent first at the next registration). */
  waiting: number;
  /** The failure that stopped this round, in words; null when everything went. */
  error: string | null;
}

export class ContactOutbox<C> {
  private readonly queue: C[] = [];
  private running: Promise<OutboxResult> | null = null;

  constructor(private readonly send: SendContact<C>) {}

  get waiting(): number {
    return this.queue.length;
  }

  /** Queues `contact` and sends everything waiting, oldest first; stops at the first failure. */
  register(contact: C): Promise<OutboxResult> {
    this.queue.push(contact);
    return this.flush();
  }

  /** Sends what waits; one round at a time, so two quick registrations never post a contact twice. */
  flush(): Promise<OutboxResult> {
    const after = (this.running ?? Promise.resolve(null)).then(() => this.round());
    this.running = after;
    return after;
  }

  private async round(): Promise<OutboxResult> {
    let sent = 0;
    while (this.queue.length > 0) {
      try {
        await this.send(this.queue[0]!);
      } catch (e) {
        const error = e instanceof SendError ? e.message : String(e);
        return { sent, waiting: this.queue.length, error };
      }
      this.queue.shift();
      sent++;
    }
    return { sent, waiting: 0, error: null };
  }
}
