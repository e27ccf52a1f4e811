/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in input order. WebCrypto
 * runs off the main thread (Node's thread pool, the browser's crypto thread): opening 10,000 keys one
 * after another waits for each round trip, while a few dozen in flight keep every core busy without
 * queueing thousands of buffers at once.
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
