import { useEffect } from 'react'
import { NavLink, Outlet } from 'react-router'
import { firstContentCommitted } from '../shared/after-first-paint'
import { DeferredUpdateBanner } from './deferred-update-banner'
import { RouteBoundary } from './route-boundary'
import { useRouteFocus } from './use-route-focus'
import { useScrollRestoration } from './use-scroll-restoration'

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium ${isActive ? 'bg-blue-900 text-white' : 'text-blue-50 hover:bg-blue-800'}`

export function RootLayout() {
  useRouteFocus()
  useScrollRestoration()
  // Lazy pages and the lab load once this first frame, with the page's heading, is painted.
  useEffect(firstContentCommitted, [])
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="site-chrome sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-900"
      >
        Skip to content
      </a>
      <header className="site-chrome bg-blue-950 text-white print:hidden">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <NavLink to="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
            <img src="/favicon.svg" alt="" className="h-7 w-7" />
            OAuth Flow Lab
          </NavLink>
          <nav aria-label="Main" className="flex gap-1">
            <NavLink to="/" end className={navLinkClass}>
              Flows
            </NavLink>
            <NavLink to="/inspect" className={navLinkClass}>
              Inspect
            </NavLink>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <RouteBoundary>
          <Outlet />
        </RouteBoundary>
      </main>
      <DeferredUpdateBanner />
    </div>
  )
}
