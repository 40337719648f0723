/**
 * Asks for the lab's code in one wave: app-lab, which opens the page's lab, and the servers' chunk
 * (wire/lab), which app-lab would ask for only once it has arrived itself, one round trip later.
 * A route that runs the lab (the player, the inspector) calls it beside its own import.
 */
export function preloadLab(): void {
  void import('../shared/app-lab').then(
    ({ loadAppLab }) => loadAppLab(),
    () => undefined,
  )
  void import('../wire/lab').catch(() => undefined)
}
