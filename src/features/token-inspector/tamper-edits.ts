/**
 * The two edits the inspector offers with one click: widen the scope, push the expiry. They work on
 * the JSON text the learner is editing and leave it untouched when it is not a JSON object.
 */

type Edit = { ok: true; json: string } | { ok: false; message: string }

function edit(json: string, change: (claims: Record<string, unknown>) => void): Edit {
  let claims: unknown
  try {
    claims = JSON.parse(json)
  } catch {
    return { ok: false, message: 'Fix the payload JSON first: it does not parse.' }
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
    return { ok: false, message: 'The payload must be a JSON object.' }
  change(claims as Record<string, unknown>)
  return { ok: true, json: JSON.stringify(claims, null, 2) }
}

/** Adds `scope` to the space-separated scope claim (RFC 9068 §2.2.3), if it is not there yet. */
export function addScope(json: string, scope: string): Edit {
  return edit(json, (claims) => {
    const current = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : []
    if (!current.includes(scope)) current.push(scope)
    claims.scope = current.join(' ')
  })
}

/** Moves exp `seconds` later (or sets it `seconds` after `nowSeconds` when there is none). */
export function pushExpiry(json: string, seconds: number, nowSeconds: number): Edit {
  return edit(json, (claims) => {
    claims.exp = (typeof claims.exp === 'number' ? claims.exp : nowSeconds) + seconds
  })
}
