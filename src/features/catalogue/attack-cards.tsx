import { Link } from 'react-router'
import { attacksOn, FLOWS, linkTitle } from '../../flows/registry'
import type { FlowSummary } from '../../flows/kit/flow-module'

type AttackSummary = FlowSummary & { status: Extract<FlowSummary['status'], { kind: 'attack' }> }

const isAttack = (summary: FlowSummary): summary is AttackSummary =>
  summary.status.kind === 'attack'

/** The catalogue's flows that are grants, not attack scenarios. */
export const grantFlows = (): FlowSummary[] =>
  FLOWS.map((entry) => entry.summary).filter((summary) => !isAttack(summary))

const titleOf = (id: string) => FLOWS.find((entry) => entry.summary.id === id)?.summary.title ?? id

/**
 * The catalogue's Attacks section: a card per attack scenario, saying which defence it is about
 * and which flows it attacks, with a link to run it with the defence and one to run it without.
 */
export function AttacksSection() {
  const attacks = FLOWS.map((entry) => entry.summary).filter(isAttack)
  if (attacks.length === 0) return null
  return (
    <section aria-labelledby="attacks-heading" className="mt-12">
      <h2 id="attacks-heading" className="text-xl font-semibold">
        Attacks
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">
        Every defence exists because of an attack. Run each one with its defence and watch the real
        refusal; switch the defence off and watch Mallory walk away with Alice’s tokens.
      </p>
      <ul className="mt-4 grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {attacks.map((attack) => (
          <li key={attack.id}>
            <AttackCard attack={attack} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function AttackCard({ attack }: { attack: AttackSummary }) {
  const { defence, relatedFlows, defenceOff } = attack.status
  return (
    <article className="flex h-full flex-col rounded-xl border border-slate-200 border-l-8 border-l-role-attacker bg-white p-6 shadow-sm">
      <h3 className="text-xl font-semibold">{attack.title}</h3>
      <p className="mt-3 flex-1 text-slate-700">{attack.summary}</p>
      <p className="mt-3 text-base text-slate-900">
        <span className="font-semibold">Defence:</span> {defence}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        Attacks{' '}
        {relatedFlows.map((id, i) => (
          <span key={id}>
            {i > 0 && ', '}
            <Link to={`/flows/${id}`} className="font-semibold text-blue-800 underline">
              {titleOf(id)}
            </Link>
          </span>
        ))}
      </p>
      <p className="mt-2 text-sm text-slate-600">{attack.specs.join(' · ')}</p>
      <div className="mt-5 flex flex-wrap gap-3">
        <Link
          to={`/flows/${attack.id}`}
          className="rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900"
          aria-label={`Run ${attack.title}, with the defence`}
        >
          With the defence
        </Link>
        <Link
          to={`/flows/${attack.id}?switches=${encodeURIComponent(defenceOff)}`}
          className="rounded-md bg-rose-800 px-4 py-2 font-semibold text-white hover:bg-rose-900"
          aria-label={`Run ${attack.title}, without the defence`}
        >
          Without it
        </Link>
      </div>
    </article>
  )
}

/** On a flow's card: the attack scenarios on it, each a link. */
export function AttacksOnFlow({ flowId }: { flowId: string }) {
  const attacks = attacksOn(flowId)
  if (attacks.length === 0) return null
  return (
    <div className="mt-3 text-sm text-slate-700">
      <p className="font-semibold text-slate-900">Attacks on this flow:</p>
      <ul className="mt-1 list-disc space-y-1.5 pl-5">
        {attacks.map((attack) => (
          <li key={attack.id}>
            <Link to={`/flows/${attack.id}`} className="text-blue-800 underline">
              {linkTitle(attack)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
