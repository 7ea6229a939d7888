/** The actor's current snapshot as Preact state: components re-render when the machine moves. */
import { useEffect, useState } from 'preact/hooks';
import type { AnyActorRef, SnapshotFrom } from 'xstate';

export function useSnapshot<A extends AnyActorRef>(actor: A): SnapshotFrom<A> {
  const [snapshot, setSnapshot] = useState(() => actor.getSnapshot() as SnapshotFrom<A>);
  useEffect(() => {
    const subscription = actor.subscribe((s) => setSnapshot(s as SnapshotFrom<A>));
    // Preact runs effects after the next frame: a step taken between the first render and this
    // subscription (an answer that arrived from cache) would otherwise never be drawn.
    setSnapshot(actor.getSnapshot() as SnapshotFrom<A>);
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}
