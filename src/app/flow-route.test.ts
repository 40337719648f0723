import type { ShouldRevalidateFunctionArgs } from 'react-router'
import { describe, expect, it } from 'vitest'
import { flowRoute, speakerRoute } from './flow-route'

const BASE = 'http://lab.example/flows/'

/** What the router asks a route before it runs its loader again after a navigation. */
function revalidates(route: typeof flowRoute, from: string, to: string): boolean {
  const currentUrl = new URL(BASE + from)
  const nextUrl = new URL(BASE + to)
  const args = {
    currentUrl,
    nextUrl,
    currentParams: { flowId: currentUrl.pathname.split('/')[2] },
    nextParams: { flowId: nextUrl.pathname.split('/')[2] },
    defaultShouldRevalidate: true,
  } as ShouldRevalidateFunctionArgs
  if (!route.shouldRevalidate) throw new Error('The route has no shouldRevalidate.')
  return route.shouldRevalidate(args)
}

describe('the flow routes load their flow again only for another flow', () => {
  it('a step change or a switch (the query) does not run the loader again', () => {
    for (const route of [flowRoute, speakerRoute]) {
      expect(revalidates(route, 'refresh-token?step=2', 'refresh-token?step=3')).toBe(false)
      expect(
        revalidates(route, 'attack-csrf?step=2', 'attack-csrf?step=1&switches=state:off'),
      ).toBe(false)
    }
  })

  it('another flow does', () => {
    expect(revalidates(flowRoute, 'refresh-token?step=2', 'implicit')).toBe(true)
  })
})
