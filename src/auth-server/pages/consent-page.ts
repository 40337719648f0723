import { SCOPE_DESCRIPTIONS } from '../registry/scopes.ts'
import { escapeHtml, renderPage } from './layout.ts'

export interface ConsentPageModel {
  issuer: string
  action: string
  requestId: string
  clientName: string
  clientId: string
  userName: string
  scope: readonly string[]
  errorMessage?: string
}

/**
 * The consent form. It submits hidden `request_id` and a `decision` of `approve` or `deny`
 * (two submit buttons with name="decision").
 */
export function renderConsentPage(model: ConsentPageModel): string {
  const items = model.scope
    .map((scope) => `<li><code>${escapeHtml(scope)}</code>: ${escapeHtml(SCOPE_DESCRIPTIONS[scope] ?? scope)}</li>`)
    .join('\n')
  const error = model.errorMessage ? `<p class="error" role="alert">${escapeHtml(model.errorMessage)}</p>` : ''
  const body = `<p>Signed in as <strong>${escapeHtml(model.userName)}</strong>.</p>
<p><strong>${escapeHtml(model.clientName)}</strong> (<code>${escapeHtml(model.clientId)}</code>) asks to:</p>
<ul>
${items}
</ul>
${error}
<form method="post" action="${escapeHtml(model.action)}">
<input type="hidden" name="request_id" value="${escapeHtml(model.requestId)}">
<button type="submit" name="decision" value="approve">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
</form>`
  return renderPage({ title: `Allow ${model.clientName} to access your account?`, issuer: model.issuer, body })
}
