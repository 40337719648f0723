/**
 * How long a failed load is kept: long enough for React to render again with it and show the
 * error (forgotten at once, the render after the rejection would start a new load and suspend
 * again instead), short enough that coming back to the page later tries again.
 */
const KEEP_FAILED_MS = 1000

/**
 * A page's code and data, loaded once per key and shared by every render that asks for them
 * (React's `use` needs the same promise on every render). A load that fails is forgotten a moment
 * later, so coming back to the page (once online again, say) tries again instead of failing for
 * good.
 */
export function loadOnce<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
  const loads = new Map<string, Promise<T>>()
  return (key, load) => {
    let loading = loads.get(key)
    if (!loading) {
      const started = load()
      loads.set(key, started)
      started.catch(() =>
        setTimeout(() => loads.get(key) === started && loads.delete(key), KEEP_FAILED_MS),
      )
      loading = started
    }
    return loading
  }
}
