/** The actor's current snapshot as Preact state: components re-render when the machine moves. */
import { useEffect, useState } from 'preact/hooks';
import type { AnyActorRef, SnapshotFrom } from 'xstate';

export function useSnapshot<A extends AnyActorRef>(actor: A): SnapshotFrom<A> {
  const [snapshot, setSnapshot] = useState(() => actor.getSnapshot() as SnapshotFrom<A>);
  useEffect(() => {
    const subscription = actor.subscribe((s) => setSnapshot(s as SnapshotFrom<A>));
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}
