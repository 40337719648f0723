import { Component, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { RouteErrorPage } from './route-error-page'

interface BoundaryState {
  failed: boolean
  error?: unknown
  /** The navigation the error happened at: the next one clears it. */
  location: string
}

class ErrorBoundary extends Component<{ children: ReactNode; location: string }, BoundaryState> {
  state: BoundaryState = { failed: false, location: this.props.location }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error }
  }

  static getDerivedStateFromProps(
    props: { location: string },
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.location === state.location
      ? null
      : { failed: false, error: undefined, location: props.location }
  }

  render() {
    return this.state.failed ? <RouteErrorPage error={this.state.error} /> : this.props.children
  }
}

/**
 * Whatever a page throws while it renders, or a lazy page's code that never arrives, shows the
 * error page instead of a blank screen. Any navigation (the error page's own link, Back, another
 * pair to compare) renders the page again rather than leave the error on screen.
 */
export function RouteBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary location={useLocation().key}>{children}</ErrorBoundary>
}
