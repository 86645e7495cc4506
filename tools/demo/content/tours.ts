import type { DemoTour } from '../content-types.ts';

/** The demo museum's two guided tours; every stop names an exhibit hotspot. */
export const DEMO_TOURS: DemoTour[] = [
  {
    id: 't-highlights',
    title: { de: 'Highlights', en: 'Highlights' },
    description: {
      de: 'Ein Rundgang zu sechs Höhepunkten auf beiden Etagen: von Van Gogh im Erdgeschoss über britische Malerei im Obergeschoss bis zu einem Rätsel im Kabinett. Etwa 20 Minuten.',
      en: 'A walk to six highlights on both floors: from Van Gogh on the ground floor through British painting upstairs to a puzzle in the cabinet. About 20 minutes.',
    },
    stops: [
      {
        hotspot: 'h-self-portrait',
        durationS: 45,
        narration: {
          de: 'Willkommen im Demo-Museum! Wir beginnen mit einem Gesicht: Vincent van Gogh hat sich hier 1889 selbst gemalt, in Saint-Rémy in der Provence. Nehmen Sie sich einen Moment – und dann geht es in den Saal nebenan.',
          en: 'Welcome to the Demo Museum! We begin with a face: Vincent van Gogh painted himself here in 1889, in Saint-Rémy in Provence. Take a moment with him – then we move on to the next room.',
        },
      },
      {
        hotspot: 'h-olive-orchard',
        durationS: 40,
        narration: {
          de: 'Rund um die Heilanstalt in Saint-Rémy standen Olivenbäume, und Van Gogh malte sie wieder und wieder. Achten Sie auf die Farben der Stellvertreter-Leinwand: Silbergrün und warme Erde. Danach führt uns die Treppe oder der Aufzug ins Obergeschoss.',
          en: 'Olive trees stood all around the asylum at Saint-Rémy, and Van Gogh painted them again and again. Notice the colours of the stand-in canvas: silvery green and warm earth. Next, the stairs or the lift take us up to the first floor.',
        },
      },
      {
        hotspot: 'h-copley-chatham',
        durationS: 55,
        narration: {
          de: 'Oben erwartet uns das größte Bild im Haus, über drei Meter breit. John Singleton Copley malte ein Ereignis seiner eigenen Gegenwart: Der Staatsmann William Pitt bricht im Oberhaus zusammen, umringt von Lords in Roben. Geschichte, fast so frisch wie eine Zeitungsmeldung.',
          en: 'Upstairs the largest picture in the building awaits us, more than three metres wide. John Singleton Copley painted an event of his own day: the statesman William Pitt collapses in the House of Lords, surrounded by peers in their robes. History almost as fresh as a newspaper report.',
        },
      },
      {
        hotspot: 'h-turner-dogana',
        durationS: 45,
        narration: {
          de: 'Im nächsten Saal wird es hell: Turner zeigt Venedig, das Zollhaus, Kirchen und Boote auf glitzerndem Wasser. Das Bild wurde 1842 ausgestellt, da war Turner schon über sechzig. Licht war sein eigentliches Thema.',
          en: 'In the next room things turn bright: Turner shows Venice, the custom house, churches and boats on glittering water. The picture was exhibited in 1842, when Turner was already over sixty. Light was his real subject.',
        },
      },
      {
        hotspot: 'h-hogarth-pug',
        durationS: 40,
        narration: {
          de: 'William Hogarth stellt sich 1745 selbst vor – mit Büchern von Shakespeare, Milton und Swift, mit seiner Palette und mit seinem Mops. Ein Selbstbildnis mit Augenzwinkern. Zum Schluss gehen wir über den Flur ins Kabinett.',
          en: 'In 1745 William Hogarth introduces himself – with books by Shakespeare, Milton and Swift, with his palette and with his pug. A self-portrait with a wink. Finally, we cross the corridor to the cabinet.',
        },
      },
      {
        hotspot: 'h-portrait-rejected',
        durationS: 50,
        narration: {
          de: 'Zum Abschluss ein Rätsel: Dieses Bildnis Van Goghs galt einmal als eigenhändig. Heute datiert man es auf 1925 bis 1928 – Jahrzehnte nach seinem Tod – und schreibt es einem unbekannten Maler zu. Vielen Dank für Ihren Besuch!',
          en: 'We end with a puzzle: this portrait of Van Gogh was once thought to be by his own hand. Today it is dated 1925 to 1928 – decades after his death – and given to an unknown painter. Thank you for your visit!',
        },
      },
    ],
  },
  {
    id: 't-van-gogh',
    title: { de: 'Van Gogh: Von Arles nach Auvers', en: 'Van Gogh: From Arles to Auvers' },
    description: {
      de: 'Fünf Stationen durch Van Goghs letzte drei Lebensjahre in Frankreich, alle im Erdgeschoss und stufenlos erreichbar. Etwa 15 Minuten.',
      en: 'Five stops through Van Gogh’s last three years in France, all on the ground floor and step-free. About 15 minutes.',
    },
    stops: [
      {
        hotspot: 'h-la-mousme',
        durationS: 45,
        narration: {
          de: 'Im Februar 1888 kommt Van Gogh nach Arles, und bald sucht er sich Modelle in seiner Umgebung. Dieses junge Mädchen nannte er „La Mousmé“ – ein japanisches Wort. Japanische Holzschnitte begeisterten ihn schon in Paris.',
          en: 'In February 1888 Van Gogh arrives in Arles, and soon he looks for models among the people around him. He called this young girl “La Mousmé” – a Japanese word. Japanese woodblock prints had thrilled him since his Paris years.',
        },
      },
      {
        hotspot: 'h-roulins-baby',
        durationS: 35,
        narration: {
          de: 'Das kleinste Bild im Saal zeigt das Baby der Familie Roulin. Der Postbeamte Joseph Roulin und seine Familie gehörten zu Van Goghs wenigen Freunden in Arles. Er malte sie alle, vom Vater bis zum Säugling.',
          en: 'The smallest picture in the room shows the Roulin family’s baby. The postal worker Joseph Roulin and his family were among Van Gogh’s few friends in Arles. He painted them all, from the father to the infant.',
        },
      },
      {
        hotspot: 'h-farmhouse-provence',
        durationS: 40,
        narration: {
          de: 'Gehen wir hinüber in den Landschaftssaal. Dieses Bauernhaus liegt in der Ebene um Arles, gemalt 1888. Schon wenige Monate nach Van Goghs Tod wurde das Bild in Paris verkauft.',
          en: 'Let’s cross into the landscape room. This farmhouse stands on the plain around Arles, painted in 1888. Only months after Van Gogh’s death the picture was sold in Paris.',
        },
      },
      {
        hotspot: 'h-olive-orchard',
        durationS: 40,
        narration: {
          de: 'Im Mai 1889 geht Van Gogh in die Heilanstalt von Saint-Rémy. Die Olivenbäume vor ihren Mauern wurden zu einem seiner großen Motive. Dieses Bild verkaufte seine Schwägerin Johanna 1905 nach Berlin.',
          en: 'In May 1889 Van Gogh enters the asylum at Saint-Rémy. The olive trees outside its walls became one of his great motifs. His sister-in-law Johanna sold this picture to Berlin in 1905.',
        },
      },
      {
        hotspot: 'h-green-wheat-fields',
        durationS: 50,
        narration: {
          de: 'Die letzte Station: Auvers-sur-Oise, Sommer 1890. Hier ist der Weizen noch grün, und Van Gogh hat nur noch wenige Wochen zu leben. Das Bild gehörte zuerst seinem Bruder Theo – ein stiller Abschluss unseres Rundgangs.',
          en: 'Our last stop: Auvers-sur-Oise, summer 1890. The wheat is still green, and Van Gogh has only a few weeks left to live. The picture first belonged to his brother Theo – a quiet close to our tour.',
        },
      },
    ],
  },
];
