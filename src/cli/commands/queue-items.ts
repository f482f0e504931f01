// The items of a stored queue as `queue` writes them: a turn of the event loop every 2,000 items.
// V8 and Node finish freeing memory (the collector's sweeping, the buffers already written) in
// tasks that run only between turns, which a loop of resolved promises never gives: without the
// turns, `queue --format ics` on 1,000,000 tickets peaked at 268-275 MiB, with them at 250-252 MiB.
import type { StoredWorkQueue } from "../../api/operations/queue.js";
import type { WorkQueueItem } from "../../queue/types.js";

/** The queue's items in its order, the event loop turned every 2,000. */
export async function* pacedItems(queue: StoredWorkQueue): AsyncGenerator<WorkQueueItem> {
  let n = 0;
  for (const x of queue.items()) {
    if (++n % 2000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    yield x;
  }
}
