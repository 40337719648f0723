import { useCallback, useEffect, useState } from 'react'

/**
 * The presenter layout, in full screen where the browser allows it (Fullscreen API). Leaving full
 * screen (Esc, or the browser's own control) leaves the layout too; the layout also works without
 * full screen (a projector window, a browser that refuses).
 */
export function usePresenting() {
  const [presenting, setPresenting] = useState(false)

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(false)
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])

  useEffect(() => {
    if (!presenting) return
    document.body.dataset.presenting = ''
    const onKey = (event: KeyboardEvent) => {
      // A browser in full screen keeps Esc for itself and leaves full screen (fullscreenchange
      // above); where Esc reaches the page, it leaves the layout and full screen too.
      if (event.key !== 'Escape' || event.defaultPrevented) return
      setPresenting(false)
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    }
    window.addEventListener('keydown', onKey)
    return () => {
      delete document.body.dataset.presenting
      window.removeEventListener('keydown', onKey)
    }
  }, [presenting])

  const enter = useCallback(() => {
    setPresenting(true)
    if (!document.fullscreenElement)
      document.documentElement.requestFullscreen?.().catch(() => {
        // Refused (no user gesture, an embedding page): the layout still fills the window.
      })
  }, [])
  const leave = useCallback(() => {
    setPresenting(false)
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
  }, [])
  const toggle = useCallback(() => (presenting ? leave() : enter()), [presenting, enter, leave])
  return { presenting, enter, leave, toggle }
}
