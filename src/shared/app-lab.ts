import { createLab, type Lab } from '../wire/lab'

let lab: Lab | undefined

/**
 * The page's one lab (authorization server, resource server, wire, browser), made on first use and
 * kept while the page lives, so that a token the flow player issued still verifies in the token
 * inspector against the same keys.
 */
export function getAppLab(): Lab {
  lab ??= createLab()
  return lab
}
