/**
 * Sets `key` in `map`, then forgets the oldest entries (the first in insertion order) until at
 * most `limit` remain. For records anyone can create without signing in (pending authorization
 * requests, device authorizations): under a flood the oldest unfinished ones go, instead of the
 * server's memory or every new visitor being turned away.
 */
export function setCapped<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.set(key, value)
  for (const oldest of map.keys()) {
    if (map.size <= limit) return
    map.delete(oldest)
  }
}
