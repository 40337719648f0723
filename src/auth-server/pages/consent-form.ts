import { SCOPE_DESCRIPTIONS } from '../registry/scopes.ts'
import { escapeHtml } from './layout.ts'

/** What a consent form shows and where it posts. */
export interface ConsentFormModel {
  action: string
  requestId: string
  clientName: string
  clientId: string
  scope: readonly string[]
  errorMessage?: string
}

/**
 * The consent form shared by /consent and the device flow's approval page (RFC 6749 §4.1.1,
 * RFC 8628 §3.3): who asks, one list item per scope with its description, an optional error,
 * and a form posting a hidden `request_id` with a `decision` of `approve` (Allow) or `deny` (Deny).
 */
export function renderConsentForm(model: ConsentFormModel): string {
  const items = model.scope
    .map(
      (scope) =>
        `<li><code>${escapeHtml(scope)}</code>: ${escapeHtml(SCOPE_DESCRIPTIONS[scope] ?? scope)}</li>`,
    )
    .join('\n')
  const error = model.errorMessage
    ? `<p class="error" role="alert" id="consent-error">${escapeHtml(model.errorMessage)}</p>`
    : ''
  return `<p><strong>${escapeHtml(model.clientName)}</strong> (<code>${escapeHtml(model.clientId)}</code>) asks to:</p>
<ul>
${items}
</ul>
${error}
<form method="post" action="${escapeHtml(model.action)}">
<input type="hidden" name="request_id" value="${escapeHtml(model.requestId)}">
<button type="submit" name="decision" value="approve">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
</form>`
}
