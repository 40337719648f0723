import type { Browser } from '../wire/browser'
import type { Wire } from '../wire/wire'

/**
 * What a flow runs on: the recording wire and Alice's simulated browser. The app-wide lab
 * (src/wire/lab.ts) has both; tests may pass any wire and browser over fresh servers.
 */
export interface FlowLab {
  wire: Wire
  browser: Browser
  /** Starts afresh: no exchanges, a browser without cookies or page; servers and keys stay. */
  restart?(): void
}
