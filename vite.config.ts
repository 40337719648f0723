/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { VitePWA } from 'vite-plugin-pwa'
import {
  formatPolicy,
  inlineStyleHashes,
  serverPageStyleHashes,
} from './src/local-server/security-headers.ts'
import { createClientCallbackRoute } from './src/wire/client-callback.ts'

/**
 * The inline style sheets of every kind of page the flow player shows in its browser window (a
 * sandboxed srcdoc frame, which inherits the app's policy): the authorization server's pages and
 * the clients' callback pages. A new kind of page adds its renderer here, or the e2e suite fails
 * on the CSP violation (e2e/fixtures.ts).
 */
async function framePageStyleHashes(): Promise<string[]> {
  const callback = createClientCallbackRoute('https://client.example')
  const callbackPage = await callback.fetch(
    new Request('https://client.example/callback?code=c&state=s'),
  )
  return [...new Set([...serverPageStyleHashes(), ...inlineStyleHashes(await callbackPage.text())])]
}

const FRAME_PAGE_STYLES = await framePageStyleHashes()

/**
 * The app's Content-Security-Policy: its own files only, no inline script, no plugins, no <base>,
 * no form that submits anywhere. Two things beyond 'self': photos are data: images, and the
 * authorization server's pages shown in the flow player's srcdoc frame inherit this policy, so
 * their constant inline style sheets are allowed by their hashes (never 'unsafe-inline').
 */
const APP_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", ...FRAME_PAGE_STYLES],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
}

/** frame-ancestors is ignored in a <meta> policy (CSP3 §6.4.2): it goes out as a header only. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': formatPolicy({ ...APP_POLICY, 'frame-ancestors': ["'none'"] }),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/**
 * The policy as a <meta> in the built index.html, for static hosts that cannot set headers. Only
 * in the build: the dev server's React refresh preamble is an inline script.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: formatPolicy(APP_POLICY) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * React Router 7 exports only its development build (dev warnings and checks included) to every
 * bundler; its production build ships beside it, unexported (remix-run/react-router#12532,
 * #14753). The production bundle takes it, as React's own packages do through NODE_ENV: it is
 * most of the router's weight in every route's first load.
 */
const reactRouterProduction = (command: string) =>
  command === 'build'
    ? [
        {
          find: /^react-router$/,
          replacement: fileURLToPath(
            new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
          ),
        },
        {
          find: /^react-router\/dom$/,
          replacement: fileURLToPath(
            new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url),
          ),
        },
      ]
    : []

export default defineConfig(({ command }) => ({
  resolve: { alias: reactRouterProduction(command) },
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicyMeta(),
    VitePWA({
      // A new version waits until the learner chooses to reload (src/app/update-banner.tsx): it
      // is never swapped in under a running flow.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'apple-touch-icon.png'],
      manifest: {
        name: 'OAuth Flow Lab',
        short_name: 'OAuth Lab',
        description:
          'Step through OAuth 2.x and OpenID Connect flows against real in-browser servers.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        lang: 'en',
        background_color: '#f8fafc',
        theme_color: '#172554',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every built file, lazy chunks included, so any route works offline after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
        navigateFallback: '/index.html',
        // The first install controls the open page at once, so a lazy chunk it asks for next comes
        // from the cache; an update still waits for the prompt (no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: { headers: SECURITY_HEADERS },
  test: {
    // Playwright specs live in e2e/ and must not be collected by Vitest.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
}))
