import { Component, type ReactNode } from 'react'
import { RouteErrorPage } from './route-error-page'

interface BoundaryState {
  failed: boolean
  error?: unknown
}

/**
 * Whatever a page throws while it renders, or a lazy page's code that never arrives, shows the
 * error page inside the app's layout instead of a blank screen. The layout keys it by the path, so
 * going to another page starts with a fresh boundary.
 */
export class RouteBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  state: BoundaryState = { failed: false }

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failed: true, error }
  }

  render() {
    return this.state.failed ? <RouteErrorPage error={this.state.error} /> : this.props.children
  }
}
