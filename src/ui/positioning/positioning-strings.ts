import type { BeaconSourceKind } from '../../platform/beacons/source.ts';
import type { UnavailableReason } from '../../state/position-store.ts';

/**
 * The positioning panel's words, German and English. Kept beside the panel so
 * they load with it, not with every visitor's first download.
 */

const FALLBACK_DE = 'Scannen Sie stattdessen den QR-Code an einem Exponat, oder wählen Sie unten den Raum, in dem Sie sind.';

const POSITIONING_STRINGS = {
  de: {
    title: 'Wo bin ich?',
    close: 'Schließen',
    sources: 'Position bestimmen mit',
    bluetooth: 'Bluetooth-Beacons',
    replay: 'Beispielrundgang abspielen',
    simulation: 'Rundgang simulieren',
    pickRoom: 'Ich bin in …',
    chooseRoom: 'Raum wählen',
    putMeThere: 'Dort anzeigen',
    stop: 'Stopp',
    qrHint: 'Kein Bluetooth? Scannen Sie mit der Kamera den QR-Code neben einem Exponat.',
    privacy: 'Ihre Position wird nur auf diesem Gerät berechnet und nirgendwohin gesendet.',
    rate: (n: number) => `${n} Signale pro Sekunde`,
    idle: 'Wählen Sie, wie Ihre Position bestimmt werden soll.',
    placedQr: (room: string | null) => (room ? `Sie haben den QR-Code eines Exponats gescannt: ${room}.` : 'Sie haben den QR-Code eines Exponats gescannt.'),
    placedRoom: (room: string | null) => `Sie sind laut Ihrer Angabe in: ${room ?? 'unbekannter Raum'}.`,
    starting: { bluetooth: 'Bluetooth-Suche startet …', bridge: 'Beacon-Suche der App startet …', replay: 'Beispielrundgang wird geladen …', simulation: 'Simulierter Rundgang wird vorbereitet …' },
    running: { bluetooth: '', bridge: '', replay: 'Beispielrundgang: ', simulation: 'Simulierter Rundgang: ' },
    listening: 'Suche nach Beacons …',
    following: (n: number) => (n === 1 ? 'Folge 1 Beacon' : `Folge ${n} Beacons`),
    ended: { bluetooth: 'Die Bluetooth-Suche wurde beendet.', bridge: 'Die Beacon-Suche der App wurde beendet.', replay: 'Der Beispielrundgang ist zu Ende.', simulation: 'Der simulierte Rundgang ist zu Ende.' },
    unavailable: {
      unsupported: `Bluetooth ist hier nicht verfügbar: Die Suche nach Beacons geht nur in Chrome (Android oder macOS) mit eingeschalteten „Experimental Web Platform features“ (chrome://flags) und mit eingeschaltetem Bluetooth. ${FALLBACK_DE}`,
      denied: `Die Bluetooth-Suche wurde nicht erlaubt. Sie können sie in den Website-Einstellungen des Browsers erlauben. ${FALLBACK_DE}`,
      'no-beacons': `Hier gibt es keine Beacons, mit denen sich Ihre Position bestimmen ließe. ${FALLBACK_DE}`,
      failed: `Die Ortung konnte nicht gestartet werden. ${FALLBACK_DE}`,
      'no-trace': 'Für dieses Museum gibt es keinen aufgezeichneten Beispielrundgang.',
    } as Record<UnavailableReason, string> | null,
  },
  en: {
    title: 'Where am I?',
    close: 'Close',
    sources: 'Find my position with',
    bluetooth: 'Bluetooth beacons',
    replay: 'Replay the demo walk',
    simulation: 'Simulate a walk',
    pickRoom: 'I am in …',
    chooseRoom: 'Choose a room',
    putMeThere: 'Show me there',
    stop: 'Stop',
    qrHint: 'No Bluetooth? Scan the QR code beside an exhibit with your camera.',
    privacy: 'Your position is worked out on this device only and never sent anywhere.',
    rate: (n: number) => `${n} signals per second`,
    idle: 'Choose how to find your position.',
    placedQr: (room: string | null) => (room ? `You scanned the QR code of an exhibit in ${room}.` : 'You scanned the QR code of an exhibit.'),
    placedRoom: (room: string | null) => `You said you are in ${room ?? 'an unknown room'}.`,
    starting: { bluetooth: 'Starting the Bluetooth scan …', bridge: 'Starting the app’s beacon scan …', replay: 'Loading the demo walk …', simulation: 'Preparing a simulated walk …' },
    running: { bluetooth: '', bridge: '', replay: 'Demo walk: ', simulation: 'Simulated walk: ' },
    listening: 'Listening for beacons …',
    following: (n: number) => (n === 1 ? 'Following 1 beacon' : `Following ${n} beacons`),
    ended: { bluetooth: 'Bluetooth scanning has stopped.', bridge: 'The app’s beacon scan has stopped.', replay: 'The demo walk has ended.', simulation: 'The simulated walk has ended.' },
    /** English shows the source's own message, written for visitors. */
    unavailable: null as Record<UnavailableReason, string> | null,
  },
} satisfies Record<'de' | 'en', { starting: Record<BeaconSourceKind, string>; running: Record<BeaconSourceKind, string>; ended: Record<BeaconSourceKind, string> } & Record<string, unknown>>;

export type PositioningStrings = (typeof POSITIONING_STRINGS)['en'];

/** The panel's words in `lang` (German for any German tag, English otherwise). */
export function positioningStrings(lang: string): PositioningStrings {
  return lang.split('-')[0] === 'de' ? POSITIONING_STRINGS.de : POSITIONING_STRINGS.en;
}
