/**
 * The photo API's seeded data: a few albums keyed by owner. The owner of a request is the access
 * token's `sub` (RFC 9068 §2.2): the API serves only the photos of the person who granted access.
 */
export interface Photo {
  readonly id: string
  readonly owner: string
  readonly title: string
  /** When the photo was taken, ISO 8601 UTC. */
  readonly takenAt: string
  readonly place: string
  /** A tiny inline SVG thumbnail, so the picture renders without any network request. */
  readonly url: string
}

type Scene = { sky: string; ground: string; accent: string }

/** A 4:3 sky-and-ground thumbnail with a sun (or moon) as a `data:` URL. */
function thumbnail({ sky, ground, accent }: Scene): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 30'>` +
    `<rect width='40' height='30' fill='${sky}'/><circle cx='30' cy='8' r='4' fill='${accent}'/>` +
    `<rect y='20' width='40' height='10' fill='${ground}'/></svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}

function photo(
  id: string,
  owner: string,
  title: string,
  takenAt: string,
  place: string,
  scene: Scene,
): Photo {
  return Object.freeze({ id, owner, title, takenAt, place, url: thumbnail(scene) })
}

const dawn = { sky: '#f6c89f', ground: '#5b7f3a', accent: '#fff4d6' }
const summer = { sky: '#8ec5e8', ground: '#4f8a3c', accent: '#ffd95a' }
const river = { sky: '#a9d3ee', ground: '#3f6f94', accent: '#ffe58a' }
const evening = { sky: '#3b3f6b', ground: '#2e4a2a', accent: '#f1f1d0' }
const coast = { sky: '#b9dcf0', ground: '#c9b27c', accent: '#ffcf4d' }

/** Every photo the API knows, in album order per owner. */
export const PHOTOS: readonly Photo[] = Object.freeze([
  photo('ph-101', 'alice', 'Christ Church Meadow at dawn', '2026-04-12T05:41:00Z', 'Oxford', dawn),
  photo(
    'ph-102',
    'alice',
    'Rowing up the Isis to Godstow',
    '2026-07-04T13:10:00Z',
    'Godstow, Oxfordshire',
    river,
  ),
  photo(
    'ph-103',
    'alice',
    'Croquet on the Deanery lawn',
    '2026-07-19T15:25:00Z',
    'Christ Church, Oxford',
    summer,
  ),
  photo(
    'ph-104',
    'alice',
    'Tea in the garden, every chair taken',
    '2026-08-02T16:05:00Z',
    'Oxford',
    summer,
  ),
  photo(
    'ph-105',
    'alice',
    'A cat on the garden wall at dusk',
    '2026-09-13T19:48:00Z',
    'Oxford',
    evening,
  ),
  photo(
    'ph-201',
    'bob',
    'Lighthouse at Portland Bill',
    '2026-05-23T10:02:00Z',
    'Isle of Portland, Dorset',
    coast,
  ),
  photo(
    'ph-202',
    'bob',
    'Ferry to Brownsea Island',
    '2026-06-14T09:30:00Z',
    'Poole Harbour, Dorset',
    river,
  ),
  // Mallory's album: what a client linked to her account shows (RFC 9700 §4.7).
  photo('ph-301', 'mallory', 'A borrowed ladder', '2026-03-01T23:40:00Z', 'Somewhere', evening),
  photo('ph-302', 'mallory', 'Not my car', '2026-03-02T01:15:00Z', 'A car park', coast),
])

/** The photos owned by `owner` (a token's `sub`); empty for an owner with no album. */
export function photosOf(owner: string): readonly Photo[] {
  return PHOTOS.filter((p) => p.owner === owner)
}

/** One photo by id, only if `owner` owns it: another person's photo is as good as absent. */
export function findPhoto(owner: string, id: string): Photo | undefined {
  return PHOTOS.find((p) => p.id === id && p.owner === owner)
}
