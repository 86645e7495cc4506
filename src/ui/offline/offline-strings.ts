import type { SaveFailure } from '../../platform/offline/save-venue.ts';
import type { Persistence } from '../../platform/offline/storage.ts';
import { formatBytes } from '../strings.ts';

/**
 * The "Save for offline" panel's words, German and English, and the sentences it
 * builds from sizes and failures. Loaded with the panel, not with the first page.
 */

const OFFLINE_STRINGS = {
  de: {
    title: 'Für offline speichern',
    close: 'Schließen',
    intro: 'Lädt das ganze Museum auf dieses Gerät: Gebäude, Exponate, Bilder, Audio und Untertitel.',
    offlineNow: 'Sie sind offline: Zum Speichern wird eine Internetverbindung gebraucht.',
    measuring: 'Größe wird ermittelt …',
    measureFailed: (why: string) => `Die Größe konnte nicht ermittelt werden (${why}).`,
    unsupported: 'Dieser Browser kann hier keine Museen für offline speichern (nötig sind eine sichere Verbindung und „Cache Storage“).',
    unversioned: 'Diese Version der App kann Museen noch nicht für offline speichern.',
    size: (size: string, files: number) => `Etwa ${size} (${files} Dateien)`,
    unknownSizes: (n: number) => (n === 1 ? 'Von 1 Datei ist die Größe unbekannt.' : `Von ${n} Dateien ist die Größe unbekannt.`),
    networkOnly: (n: number) => (n === 1 ? '1 Datei liegt auf einem anderen Server und braucht das Netz.' : `${n} Dateien liegen auf anderen Servern und brauchen das Netz.`),
    save: 'Dieses Museum speichern',
    update: 'Gespeicherte Kopie aktualisieren',
    updateHint: 'Auf diesem Gerät ist eine ältere Fassung dieses Museums gespeichert.',
    cancel: 'Abbrechen',
    progressLabel: 'Speicherfortschritt',
    progress: (loaded: string, total: string, percent: number) => `${loaded} von ${total} (${percent} %)`,
    savedNow: (size: string) => `Für offline gespeichert (${size}).`,
    savedEarlier: (size: string, date: string) => `Auf diesem Gerät gespeichert am ${date} (${size}).`,
    persistence: {
      persistent: 'Dauerhaft gespeichert.',
      'best-effort': 'Der Browser darf es löschen, wenn der Speicher knapp wird.',
      unsupported: 'Der Browser darf es löschen, wenn der Speicher knapp wird.',
    } satisfies Record<Persistence, string>,
    replaced: 'Die ältere Fassung wurde gelöscht.',
    kept: 'Bereits Gespeichertes bleibt erhalten.',
    failure: {
      cancelled: 'Speichern abgebrochen; nichts davon wurde behalten.',
      missing: (uri: string) => `Das Museum ist auf dem Server unvollständig (${uri} fehlt) und kann nicht gespeichert werden.`,
      network: (uri: string) => `Die Verbindung brach beim Laden von ${uri} ab. Versuchen Sie es bei besserer Verbindung noch einmal.`,
      http: (uri: string, status: number) => `Der Server lieferte ${uri} nicht (HTTP ${status}).`,
      outdated: 'Das Museum wurde inzwischen auf dem Server geändert. Laden Sie die Seite neu, um die neue Fassung zu speichern.',
      quota: (needed: string, available: string | null) =>
        `Nicht genug Speicherplatz: Das Museum braucht etwa ${needed}, ${available === null ? 'der freie Platz ist unbekannt' : `frei sind noch ${available}`}. Löschen Sie unten ein gespeichertes Museum oder schaffen Sie Platz auf dem Gerät.`,
      storage: (needed: string) => `Der Browser konnte die Dateien nicht speichern (etwa ${needed} nötig). Schaffen Sie Platz oder versuchen Sie es später noch einmal.`,
    },
    worksTitle: 'Offline verfügbar, sobald gespeichert',
    works: [
      'Das Gebäude in 3D, Grundriss und Rundgang',
      'Exponate mit Texten, Bildern, Audio und Untertiteln',
      'Führungen',
      'Wege und Wegbeschreibungen',
      'Ortung: Beispielrundgang, simulierter Rundgang, QR-Codes an Exponaten und „Ich bin in …“ (Bluetooth-Beacons, wo der Browser sie empfängt)',
    ],
    needsTitle: 'Braucht das Netz',
    needs: ['Museen speichern und aktualisieren', 'Nicht gespeicherte Museen', 'Links zu anderen Websites (Quellen, Nachweise)'],
    needsMedia: 'Medien, die auf anderen Servern liegen',
    savedTitle: 'Gespeicherte Museen',
    noneSaved: 'Noch keine Museen gespeichert.',
    savedItem: (size: string, date: string) => `${size} · gespeichert am ${date}`,
    thisOne: 'dieses Museum',
    delete: 'Löschen',
    confirmDelete: (title: string) => `„${title}“ von diesem Gerät löschen?`,
    confirmYes: 'Ja, löschen',
    confirmNo: 'Behalten',
    deleted: (title: string) => `„${title}“ wurde gelöscht.`,
    usage: (used: string, quota: string) => `Diese Website belegt ${used} von ${quota}, die ihr zur Verfügung stehen.`,
  },
  en: {
    title: 'Save for offline',
    close: 'Close',
    intro: 'Downloads the whole museum onto this device: the building, exhibits, images, audio and captions.',
    offlineNow: 'You are offline: saving needs the network.',
    measuring: 'Working out the size …',
    measureFailed: (why: string) => `The size could not be worked out (${why}).`,
    unsupported: 'This browser cannot save museums for offline use here (it needs a secure connection and Cache Storage).',
    unversioned: 'This version of the app cannot save museums for offline use yet.',
    size: (size: string, files: number) => `About ${size} (${files} files)`,
    unknownSizes: (n: number) => (n === 1 ? 'The size of 1 file is unknown.' : `The sizes of ${n} files are unknown.`),
    networkOnly: (n: number) => (n === 1 ? '1 file is on another server and needs the network.' : `${n} files are on other servers and need the network.`),
    save: 'Save this museum',
    update: 'Update saved copy',
    updateHint: 'An older version of this museum is saved on this device.',
    cancel: 'Cancel',
    progressLabel: 'Saving progress',
    progress: (loaded: string, total: string, percent: number) => `${loaded} of ${total} (${percent} %)`,
    savedNow: (size: string) => `Saved for offline use (${size}).`,
    savedEarlier: (size: string, date: string) => `Saved on this device on ${date} (${size}).`,
    persistence: {
      persistent: 'Stored permanently.',
      'best-effort': 'The browser may clear it when space runs low.',
      unsupported: 'The browser may clear it when space runs low.',
    } satisfies Record<Persistence, string>,
    replaced: 'The older version was deleted.',
    kept: 'Nothing already saved was lost.',
    failure: {
      cancelled: 'Saving was cancelled; none of it was kept.',
      missing: (uri: string) => `The museum is incomplete on the server (${uri} is missing), so it cannot be saved.`,
      network: (uri: string) => `The connection failed while downloading ${uri}. Try again with a better connection.`,
      http: (uri: string, status: number) => `The server did not send ${uri} (HTTP ${status}).`,
      outdated: 'The museum has changed on the server since this page opened. Reload the page to save the new version.',
      quota: (needed: string, available: string | null) =>
        `Not enough storage space: the museum needs about ${needed}, and ${available === null ? 'the space left is unknown' : `${available} is left`}. Delete a saved museum below or free up space on the device.`,
      storage: (needed: string) => `The browser could not store the files (about ${needed} needed). Free up space or try again later.`,
    },
    worksTitle: 'Works offline once saved',
    works: [
      'The building in 3D, the floor plan and walking through',
      'Exhibits with their texts, images, audio and captions',
      'Guided tours',
      'Routes and turn-by-turn directions',
      'Finding your position: the demo walk, a simulated walk, QR codes at exhibits and “I am in …” (Bluetooth beacons where the browser can scan)',
    ],
    needsTitle: 'Needs the network',
    needs: ['Saving and updating museums', 'Museums that are not saved', 'Links to other websites (sources, credits)'],
    needsMedia: 'Media kept on other servers',
    savedTitle: 'Saved museums',
    noneSaved: 'No museums saved yet.',
    savedItem: (size: string, date: string) => `${size} · saved ${date}`,
    thisOne: 'this museum',
    delete: 'Delete',
    confirmDelete: (title: string) => `Delete “${title}” from this device?`,
    confirmYes: 'Yes, delete',
    confirmNo: 'Keep',
    deleted: (title: string) => `“${title}” was deleted.`,
    usage: (used: string, quota: string) => `This site uses ${used} of the ${quota} available to it.`,
  },
};

export type OfflineStrings = (typeof OFFLINE_STRINGS)['en'];

/** The panel's words in `lang` (English for any language but German). */
export function offlineStrings(lang: string): OfflineStrings {
  return lang === 'de' ? OFFLINE_STRINGS.de : OFFLINE_STRINGS.en;
}

/** "About 2.6 MB (72 files)", plus a sentence on sizes the server did not tell. */
export function sizeText(knownBytes: number, files: number, unknownFiles: number, lang: string, s: OfflineStrings = offlineStrings(lang)): string {
  const size = s.size(formatBytes(knownBytes, lang), files);
  return unknownFiles > 0 ? `${size}. ${s.unknownSizes(unknownFiles)}` : size;
}

/** Progress as words, e.g. "1.2 MB of 2.6 MB (46 %)". */
export function progressText(loadedBytes: number, expectedBytes: number, percent: number, lang: string, s: OfflineStrings = offlineStrings(lang)): string {
  return s.progress(formatBytes(loadedBytes, lang), formatBytes(expectedBytes, lang), percent);
}

/** Why a save failed, in the visitor's words, ending with the reassurance that nothing saved was lost. */
export function failureText(failure: SaveFailure, lang: string, s: OfflineStrings = offlineStrings(lang)): string {
  const f = s.failure;
  switch (failure.kind) {
    case 'cancelled':
      return f.cancelled;
    case 'missing':
      return `${f.missing(failure.uri)} ${s.kept}`;
    case 'network':
      return `${f.network(failure.uri)} ${s.kept}`;
    case 'http':
      return `${f.http(failure.uri, failure.status)} ${s.kept}`;
    case 'outdated':
      return `${f.outdated} ${s.kept}`;
    case 'storage': {
      const needed = formatBytes(failure.neededBytes, lang);
      const text = failure.quotaExceeded ? f.quota(needed, failure.availableBytes === null ? null : formatBytes(failure.availableBytes, lang)) : f.storage(needed);
      return `${text} ${s.kept}`;
    }
  }
}

/** A date for the saved list, e.g. "26 Nov 2025" / "26.11.2025"; the raw text when it is not a date. */
export function savedDate(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso.slice(0, 32) : date.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
