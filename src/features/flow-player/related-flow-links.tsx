import { Link } from 'react-router'
import type { FlowSummary } from '../../flows/kit/flow-module'
import { attacksOn, findFlow, linkTitle } from '../../flows/registry'

/**
 * Below the player: from a grant, the attack scenarios on it (issue 11: "from each related flow a
 * link to the attacks on it"); from an attack, the flows it works against. Both come from the
 * attacks' relatedFlows, the same list the catalogue's cards read.
 */
export function RelatedFlowLinks({ summary }: { summary: FlowSummary }) {
  const { status } = summary
  const attack = status.kind === 'attack'
  const links = attack
    ? status.relatedFlows.flatMap((id) => findFlow(id)?.summary ?? [])
    : attacksOn(summary.id)
  if (links.length === 0) return null
  const heading = attack ? 'The flows this attack works against' : 'Attacks on this flow'
  return (
    <nav
      aria-labelledby="related-flows-heading"
      className="mt-6 rounded-xl border border-slate-200 bg-white p-4 text-base shadow-sm"
    >
      <h2 id="related-flows-heading" className="text-lg font-semibold text-slate-900">
        {heading}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.id}>
            <Link to={`/flows/${link.id}`} className="text-blue-800 underline underline-offset-2">
              {linkTitle(link)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
