/** Longest wait for the layout's signal: a page drawn without the app's layout must not hang. */
const LONGEST_WAIT_MS = 2000

let signal: (() => void) | undefined
let firstPaint: Promise<void> | undefined

/**
 * Resolves once the app has painted its first frame with content: the layout and the route's
 * page, or the page's loading state with its real heading. Code the first paint does not need (a
 * lazy page, the lab) waits for it, so it is only asked for once the heading is on screen and never
 * competes with it for the network or the main thread. Later calls resolve at once; so does every
 * call where nothing paints (a test without a DOM).
 */
export function afterFirstPaint(): Promise<void> {
  firstPaint ??=
    typeof requestAnimationFrame !== 'function'
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          signal = resolve
          setTimeout(resolve, LONGEST_WAIT_MS)
        })
  return firstPaint
}

/**
 * Called by the app's layout once its first render is committed: the frame after it is the first
 * one with content. A hidden tab runs no animation frames, so it goes on at once.
 */
export function firstContentCommitted(): void {
  void afterFirstPaint()
  const done = signal
  if (!done) return
  signal = undefined
  if (document.visibilityState === 'hidden') done()
  // The task after the next animation frame runs once that frame has gone to the screen.
  else requestAnimationFrame(() => setTimeout(done, 0))
}
