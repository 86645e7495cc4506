import type { DemoGallery } from '../content-types.ts';

/**
 * The themes of the six exhibit rooms. The texts describe what a visitor finds in each
 * room; the works themselves are stand-ins built from CC0 collection records
 * (National Gallery of Art, Washington; Tate, London).
 */
export const DEMO_GALLERIES: DemoGallery[] = [
  {
    room: 'r-gallery-1',
    name: { de: 'Van Gogh: Menschen', en: 'Van Gogh: People' },
    description: {
      de: 'Der erste Saal im Erdgeschoss zeigt Bildnisse, die Vincent van Gogh in seinen letzten drei Lebensjahren in Frankreich malte – in Arles, Saint-Rémy-de-Provence und Auvers-sur-Oise. Neben einem Selbstbildnis begegnen Sie einem jungen Mädchen, einem Säugling und einer jungen Frau in Weiß. Die Angaben stammen aus den frei zugänglichen Objektdaten der National Gallery of Art in Washington.',
      en: 'The first ground-floor gallery shows portraits that Vincent van Gogh painted in France during the last three years of his life – in Arles, Saint-Rémy-de-Provence and Auvers-sur-Oise. Beside a self-portrait you meet a young girl, a baby and a young woman dressed in white. The facts come from the open object records of the National Gallery of Art in Washington.',
    },
  },
  {
    room: 'r-gallery-2',
    name: { de: 'Van Gogh: Felder, Haine, Höfe', en: 'Van Gogh: Fields, Groves, Farms' },
    description: {
      de: 'Der zweite Saal im Erdgeschoss ist Van Goghs Landschaften gewidmet: einem Bauernhof bei Arles, einem Olivenhain bei Saint-Rémy und grünen Weizenfeldern bei Auvers. Die drei Bilder führen in zwei Jahren von der Sonne der Provence bis in die Ebene nördlich von Paris.',
      en: 'The second ground-floor gallery is devoted to Van Gogh’s landscapes: a farmhouse near Arles, an olive grove near Saint-Rémy and green wheat fields near Auvers. In two years the three pictures travel from the sun of Provence to the plain north of Paris.',
    },
  },
  {
    room: 'r-gallery-3',
    name: { de: 'Britische Bildnisse', en: 'British Portraiture' },
    description: {
      de: 'Im ersten Saal des Obergeschosses hängen Porträts aus dem Großbritannien des 18. und frühen 19. Jahrhunderts: ein Maler mit seinem Mops, ein Maler im Bildnis eines Kollegen und eine gefeierte Schauspielerin in Lebensgröße. Die Daten stammen aus den offenen Sammlungsdaten der Tate in London.',
      en: 'The first upper-floor gallery holds portraits from eighteenth- and early nineteenth-century Britain: a painter with his pug, one painter portrayed by another, and a celebrated actress at life size. The facts come from the open collection data of Tate in London.',
    },
  },
  {
    room: 'r-gallery-4',
    name: { de: 'Landschaft zwischen Suffolk und Venedig', en: 'Landscape from Suffolk to Venice' },
    description: {
      de: 'Dieser Saal zeigt, wie britische Maler Landschaft sahen – als Erinnerung an die Antike, als Heimat und als Licht über dem Wasser. Eine erdachte Ansicht von Tivoli, ein Bauernhof am Fluss Stour und ein Blick über die Lagune von Venedig spannen einen Bogen über fast neunzig Jahre.',
      en: 'This gallery shows how British painters saw landscape – as a memory of antiquity, as home, and as light over water. An imagined view of Tivoli, a farm on the River Stour and a view across the Venetian lagoon span almost ninety years.',
    },
  },
  {
    room: 'r-gallery-5',
    name: { de: 'Geschichte und Dichtung', en: 'History and Literature' },
    description: {
      de: 'Im letzten Saal des Obergeschosses erzählen große Gemälde Geschichten: von einem dramatischen Moment im britischen Oberhaus, von einer griechischen Tragödie und von einer Szene aus Shakespeares „Romeo und Julia“. Hier geht es weniger um Ähnlichkeit als um Handlung, Gebärde und Bühne.',
      en: 'In the last upper-floor gallery large paintings tell stories: a dramatic moment in the British House of Lords, a Greek tragedy and a scene from Shakespeare’s “Romeo and Juliet”. Here the point is less likeness than action, gesture and staging.',
    },
  },
  {
    room: 'r-cabinet',
    name: { de: 'Kabinett: Echt oder nicht?', en: 'Cabinet: Genuine or Not?' },
    description: {
      de: 'Das kleine Kabinett im Obergeschoss stellt zwei Bilder vor, die einst als Werke Van Goghs galten und heute einem unbekannten Maler zugeschrieben werden. Es zeigt, wie Provenienz, Werkverzeichnisse und Forschung über eine Zuschreibung entscheiden.',
      en: 'The small cabinet on the upper floor presents two pictures that were once taken for works by Van Gogh and are now given to an unknown painter. It shows how provenance, catalogues raisonnés and research decide an attribution.',
    },
  },
];
