import type { RoomKind } from '../../core/venue/schema.ts';

/**
 * The floor plan's own words, German and English. Venue texts (room names,
 * descriptions, exhibit titles) come translated in the venue; these are the words
 * around them. Kept beside the plan so the plan can be lazy-loaded with them.
 */
const PLAN_STRINGS = {
  de: {
    floorPlan: (floor: string) => `Grundriss: ${floor}`,
    floors: 'Stockwerk',
    roomsOnFloor: 'Räume auf diesem Stockwerk',
    exhibitCount: (n: number) => (n === 0 ? '' : n === 1 ? '1 Exponat' : `${n} Exponate`),
    noRooms: 'Für dieses Stockwerk gibt es keinen Grundriss.',
    youAreHere: 'Sie sind hier',
    youAreHereIn: (room: string | null, metres: number) => `Sie sind hier${room ? `, in: ${room}` : ''}, auf etwa ${metres} m genau`,
    yourView: 'Ihre Blickrichtung',
    route: (destination: string) => `Ihr Weg zu: ${destination}`,
    routeGoesOn: (floor: string, leaving: boolean) => (leaving ? `Weiter im Stockwerk: ${floor}` : `Weg kommt aus dem Stockwerk: ${floor}`),
    pickHint: 'Klicken Sie auf einen Raum, um dorthin zu gehen.',
    exhibitHint: 'Exponate sind als Punkte eingezeichnet und lassen sich mit der Tabulatortaste anwählen.',
    kinds: {
      gallery: 'Ausstellungsraum', hall: 'Halle', corridor: 'Flur', entrance: 'Eingang', exit: 'Ausgang',
      stairs: 'Treppe', elevator: 'Aufzug', toilet: 'Toiletten', cafe: 'Café', shop: 'Shop',
      info: 'Information', cloakroom: 'Garderobe', other: 'Raum',
    },
  },
  en: {
    floorPlan: (floor: string) => `Floor plan: ${floor}`,
    floors: 'Floor',
    roomsOnFloor: 'Rooms on this floor',
    exhibitCount: (n: number) => (n === 0 ? '' : n === 1 ? '1 exhibit' : `${n} exhibits`),
    noRooms: 'There is no plan of this floor.',
    youAreHere: 'You are here',
    youAreHereIn: (room: string | null, metres: number) => `You are here${room ? `, in ${room}` : ''}, about ${metres} m`,
    yourView: 'Your view',
    route: (destination: string) => `Your route to ${destination}`,
    routeGoesOn: (floor: string, leaving: boolean) => (leaving ? `The route goes on to: ${floor}` : `The route comes from: ${floor}`),
    pickHint: 'Click a room to walk there.',
    exhibitHint: 'Exhibits are marked as dots and can be reached with the Tab key.',
    kinds: {
      gallery: 'Gallery', hall: 'Hall', corridor: 'Corridor', entrance: 'Entrance', exit: 'Exit',
      stairs: 'Stairs', elevator: 'Lift', toilet: 'Toilets', cafe: 'Café', shop: 'Shop',
      info: 'Information', cloakroom: 'Cloakroom', other: 'Room',
    },
  },
} satisfies Record<'de' | 'en', { kinds: Record<RoomKind, string> } & Record<string, unknown>>;

export type PlanStrings = (typeof PLAN_STRINGS)['en'];

/** The plan's words in `lang` (German for any German tag, English otherwise). */
export function planStrings(lang: string): PlanStrings {
  return lang.split('-')[0] === 'de' ? PLAN_STRINGS.de : PLAN_STRINGS.en;
}
