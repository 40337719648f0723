import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppRouter } from './app/app-router'
import './index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// A transition, so that React renders the first page in slices of a few milliseconds and yields
// to the browser between them, instead of one long task that blocks input while a phone's slower
// CPU works through it (Lighthouse's Total Blocking Time). Nothing is on screen before it anyway.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <AppRouter />
    </StrictMode>,
  )
})
