/**
 * A page's code and data, loaded once per key and shared by every render that asks for them
 * (React's `use` needs the same promise on every render). A load that fails is forgotten, so
 * coming back to the page (once online again, say) tries again instead of failing for good.
 */
export function loadOnce<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
  const loads = new Map<string, Promise<T>>()
  return (key, load) => {
    let loading = loads.get(key)
    if (!loading) {
      loading = load()
      loads.set(key, loading)
      loading.catch(() => loads.delete(key))
    }
    return loading
  }
}
