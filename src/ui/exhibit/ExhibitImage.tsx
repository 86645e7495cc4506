import type { HotspotMedia, Venue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import { pickMedia, type ResolveUri } from './media-uri.ts';
import type { ExhibitStrings } from './exhibit-strings.ts';

type ImageMedia = Extract<HotspotMedia, { kind: 'image' }>;

/**
 * One image of an exhibit as a figure: the picture with its alt text in the
 * visitor's language (in the default language when missing, with `lang` set so a
 * screen reader pronounces it right; empty when the venue gives none, so the image
 * is not announced as a file name), and its credit as the caption.
 */
export function ExhibitImage({ media, venue, lang, s, resolve }: { media: ImageMedia; venue: Venue; lang: string; s: ExhibitStrings; resolve: ResolveUri }) {
  const picked = pickMedia(media.uri, lang, venue.defaultLanguage, resolve);
  if (!picked) return null;
  const alt = media.alt ? pickText(media.alt, lang, venue.defaultLanguage) : null;
  return (
    <figure className="exhibit-figure">
      <img src={picked.url} alt={alt?.text ?? ''} lang={alt && alt.lang !== lang ? alt.lang : undefined} loading="lazy" decoding="async" />
      {media.credit && (
        <figcaption className="exhibit-credit">
          {s.credit}: {media.credit}
        </figcaption>
      )}
    </figure>
  );
}
