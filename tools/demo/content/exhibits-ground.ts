import type { DemoExhibit } from '../content-types.ts';

/**
 * Ground floor: Van Gogh's last years in France, from the CC0 object records of the
 * National Gallery of Art, Washington. The Demo Museum holds none of these works; the
 * app shows abstract stand-ins in the palettes below.
 */
export const GROUND_FLOOR_EXHIBITS: DemoExhibit[] = [
  // r-gallery-1 — Van Gogh: People
  {
    id: 'h-self-portrait', room: 'r-gallery-1', kind: 'painting', widthM: 0.445, heightM: 0.578,
    palette: ['#2f4a6d', '#c9813a', '#8fa7b3'],
    title: { de: 'Vincent van Gogh: Selbstbildnis', en: 'Vincent van Gogh: Self-Portrait' },
    summary: {
      de: 'Ein Selbstbildnis aus dem Jahr 1889, entstanden in Saint-Rémy-de-Provence – eines der späten Bilder, in denen Van Gogh sich selbst zum Modell nahm.',
      en: 'A self-portrait of 1889, painted in Saint-Rémy-de-Provence – one of the late pictures in which Van Gogh used himself as his model.',
    },
    body: {
      de: 'Im Frühjahr 1889 ging Van Gogh aus Arles in die Heilanstalt von Saint-Rémy-de-Provence. Dort entstand dieses Bildnis in Öl auf Leinwand. Selbstbildnisse ziehen sich durch sein ganzes Werk; das eigene Gesicht war das Modell, das immer zur Verfügung stand.\n\nDer Datensatz der National Gallery of Art in Washington verfolgt den Weg des Bildes über Sammlungen in Den Haag und Delft bis nach New York, wo es 1947 das Ehepaar John Hay Whitney erwarb. 1998 kam es als Schenkung an die National Gallery. Im Demo-Museum hängt an seiner Stelle ein abstrakter Platzhalter.\n\n- Vincent van Gogh (1853–1890)\n- 1889, Saint-Rémy-de-Provence\n- Öl auf Leinwand, 57,8 × 44,5 cm\n- Werkverzeichnis: Faille 1970, Nr. 626',
      en: 'In spring 1889 Van Gogh left Arles for the asylum at Saint-Rémy-de-Provence. This portrait in oil on canvas was painted there. Self-portraits run through his whole career: his own face was the one model always at hand.\n\nThe record of the National Gallery of Art in Washington traces the picture through collections in The Hague and Delft to New York, where Mr. and Mrs. John Hay Whitney bought it in 1947. It came to the National Gallery as a gift in 1998. In the Demo Museum an abstract stand-in hangs in its place.\n\n- Vincent van Gogh (1853–1890)\n- 1889, Saint-Rémy-de-Provence\n- Oil on canvas, 57.8 × 44.5 cm\n- Catalogue: Faille 1970, no. 626',
    },
    tags: ['painting', 'portrait', 'self-portrait', 'van-gogh', 'oil', 'post-impressionism'],
    credit: 'Object record: National Gallery of Art, Washington, Collection of Mr. and Mrs. John Hay Whitney, 1998.74.5 (CC0)',
  },
  {
    id: 'h-la-mousme', room: 'r-gallery-1', kind: 'painting', widthM: 0.603, heightM: 0.733,
    palette: ['#6f9a5a', '#c8453a', '#3b5a8c'],
    title: { de: 'Vincent van Gogh: La Mousmé', en: 'Vincent van Gogh: La Mousmé' },
    summary: {
      de: 'Das Bildnis eines jungen Mädchens, gemalt 1888 in Arles. Der Titel ist ein japanisches Wort für ein junges Mädchen.',
      en: 'The portrait of a young girl, painted in Arles in 1888. The title is a Japanese word for a young girl.',
    },
    body: {
      de: 'In Arles suchte Van Gogh Menschen aus seiner Umgebung, die ihm Modell saßen. Den Titel entlehnte er dem Japanischen – ein Hinweis auf seine Begeisterung für japanische Farbholzschnitte, die er schon in Paris gesammelt hatte.\n\nNach dem Datensatz der National Gallery of Art gelangte das Bild aus dem Besitz von Johanna van Gogh-Bonger, der Schwägerin des Malers, durch viele Hände – in Den Haag, München, Paris, Oslo und Glasgow – und 1929 zu dem New Yorker Sammler Chester Dale. Mit seinem Vermächtnis kam es 1963 nach Washington.\n\n- Vincent van Gogh (1853–1890)\n- 1888, Arles\n- Öl auf Leinwand, 73,3 × 60,3 cm\n- Werkverzeichnis: Faille 1970, Nr. 431',
      en: 'In Arles Van Gogh looked for people around him who would sit for him. He took the title from Japanese – a sign of his enthusiasm for Japanese woodblock prints, which he had already collected in Paris.\n\nAccording to the record of the National Gallery of Art, the picture passed from Johanna van Gogh-Bonger, the painter’s sister-in-law, through many hands – in The Hague, Munich, Paris, Oslo and Glasgow – to the New York collector Chester Dale in 1929. It came to Washington with his bequest in 1963.\n\n- Vincent van Gogh (1853–1890)\n- 1888, Arles\n- Oil on canvas, 73.3 × 60.3 cm\n- Catalogue: Faille 1970, no. 431',
    },
    tags: ['painting', 'portrait', 'van-gogh', 'oil', 'arles', 'post-impressionism'],
    credit: 'Object record: National Gallery of Art, Washington, Chester Dale Collection, 1963.10.151 (CC0)',
  },
  {
    id: 'h-roulins-baby', room: 'r-gallery-1', kind: 'painting', widthM: 0.239, heightM: 0.35,
    palette: ['#7da35b', '#efe7d3', '#d98c6e'],
    title: { de: 'Vincent van Gogh: Roulins Baby', en: "Vincent van Gogh: Roulin's Baby" },
    summary: {
      de: 'Ein kleines Bildnis von 1888: das jüngste Kind der Familie Roulin, mit der Van Gogh in Arles befreundet war.',
      en: 'A small portrait of 1888: the youngest child of the Roulin family, Van Gogh’s friends in Arles.',
    },
    body: {
      de: 'Der Postbeamte Joseph Roulin und seine Familie gehörten zu den wenigen Menschen in Arles, die Van Gogh nahestanden. Er malte sie mehrfach – Vater, Mutter und Kinder. Dieses Bild ist mit 35 × 24 cm das kleinste Werk im Saal und zeigt das Baby der Familie.\n\nDer Datensatz der National Gallery of Art räumt mit einer Legende auf: Das Bild soll dem Krankenhaus von Arles geschenkt worden sein, doch laut einem Brief der Klinikleitung von 1966 gehörte es dem Krankenhaus nie. Nachweisbar ist eine Besitzerin in Arles; über Händler in Amsterdam, Paris und New York kam es 1927 zu Chester Dale.\n\n- Vincent van Gogh (1853–1890)\n- 1888, Arles\n- Öl auf Leinwand, 35,0 × 23,9 cm\n- Werkverzeichnis: Faille 1970, Nr. 440',
      en: 'The postal worker Joseph Roulin and his family were among the few people in Arles who were close to Van Gogh. He painted them several times – father, mother and children. At 35 × 24 cm this is the smallest work in the room, and it shows the family’s baby.\n\nThe record of the National Gallery of Art corrects a legend: the picture is said to have been given to the hospital in Arles, but according to a letter from the hospital’s director written in 1966 it never belonged to the hospital. What can be traced is an owner in Arles; through dealers in Amsterdam, Paris and New York it reached Chester Dale in 1927.\n\n- Vincent van Gogh (1853–1890)\n- 1888, Arles\n- Oil on canvas, 35.0 × 23.9 cm\n- Catalogue: Faille 1970, no. 440',
    },
    tags: ['painting', 'portrait', 'child', 'van-gogh', 'oil', 'arles'],
    credit: 'Object record: National Gallery of Art, Washington, Chester Dale Collection, 1963.10.31 (CC0)',
  },
  {
    id: 'h-girl-in-white', room: 'r-gallery-1', kind: 'painting', widthM: 0.458, heightM: 0.667,
    palette: ['#f1ede0', '#5f8f4a', '#c8402f'],
    title: { de: 'Vincent van Gogh: Mädchen in Weiß', en: 'Vincent van Gogh: Girl in White' },
    summary: {
      de: 'Eine junge Frau in Weiß, gemalt 1890 in Auvers-sur-Oise, in Van Goghs letzten Lebenswochen.',
      en: 'A young woman in white, painted in Auvers-sur-Oise in 1890, in the last weeks of Van Gogh’s life.',
    },
    body: {
      de: 'Im Mai 1890 zog Van Gogh nach Auvers-sur-Oise nördlich von Paris; Ende Juli starb er dort. In diesen gut zwei Monaten entstanden zahlreiche Bilder, darunter diese Figur in Weiß.\n\nEine Anmerkung im Datensatz der National Gallery of Art verrät etwas über das Format: Das Bild gilt heute als auf einer schmalen Leinwand gemalt, wie sie eigentlich für Seestücke gedacht war – Van Gogh nutzte das gestreckte Hochformat für eine Figur. Über Den Haag und Zürich kam das Bild 1951 zu Chester Dale.\n\n- Vincent van Gogh (1853–1890)\n- 1890, Auvers-sur-Oise\n- Öl auf Leinwand, 66,7 × 45,8 cm\n- Werkverzeichnis: Faille 1970, Nr. 788',
      en: 'In May 1890 Van Gogh moved to Auvers-sur-Oise, north of Paris; he died there at the end of July. Many pictures were painted in those two months or so, among them this figure in white.\n\nA note in the National Gallery of Art’s record tells us about the format: the picture is now thought to have been painted on a narrow canvas of a kind meant for seascapes – Van Gogh used the tall, slim shape for a figure. By way of The Hague and Zurich it reached Chester Dale in 1951.\n\n- Vincent van Gogh (1853–1890)\n- 1890, Auvers-sur-Oise\n- Oil on canvas, 66.7 × 45.8 cm\n- Catalogue: Faille 1970, no. 788',
    },
    tags: ['painting', 'portrait', 'figure', 'van-gogh', 'oil', 'auvers'],
    credit: 'Object record: National Gallery of Art, Washington, Chester Dale Collection, 1963.10.30 (CC0)',
  },

  // r-gallery-2 — Van Gogh: Fields, Groves, Farms
  {
    id: 'h-farmhouse-provence', room: 'r-gallery-2', kind: 'painting', widthM: 0.609, heightM: 0.461,
    palette: ['#d8b44a', '#6f93c2', '#5c8a4a'],
    title: { de: 'Vincent van Gogh: Bauernhaus in der Provence', en: 'Vincent van Gogh: Farmhouse in Provence' },
    summary: {
      de: 'Ein Bauernhof in der Ebene um Arles, gemalt 1888, im ersten Jahr, das Van Gogh im Süden Frankreichs verbrachte.',
      en: 'A farm on the plain around Arles, painted in 1888, Van Gogh’s first year in the south of France.',
    },
    body: {
      de: 'Im Februar 1888 kam Van Gogh aus Paris nach Arles. Die offene Landschaft der Provence mit ihren Feldern und Höfen wurde ihm schnell zum Motiv; viele Bilder entstanden im Freien, direkt vor Ort.\n\nDer Datensatz der National Gallery of Art zeigt, wie früh dieses Bild seinen Weg in die Welt fand: Schon im November 1890, wenige Monate nach dem Tod des Malers, wurde es über die Pariser Galerie von Julien Tanguy verkauft. Nach Stationen in Paris und Berlin erwarb es 1955 Ailsa Mellon Bruce, die es 1970 der National Gallery vermachte.\n\n- Vincent van Gogh (1853–1890)\n- 1888, Arles\n- Öl auf Leinwand, 46,1 × 60,9 cm\n- Werkverzeichnis: Faille 1970, Nr. 565',
      en: 'Van Gogh came from Paris to Arles in February 1888. The open country of Provence, with its fields and farms, soon became his subject; many pictures were painted outdoors, on the spot.\n\nThe record of the National Gallery of Art shows how early this picture went out into the world: in November 1890, only months after the painter’s death, it was sold through the Paris gallery of Julien Tanguy. After owners in Paris and Berlin, Ailsa Mellon Bruce acquired it in 1955 and bequeathed it to the National Gallery in 1970.\n\n- Vincent van Gogh (1853–1890)\n- 1888, Arles\n- Oil on canvas, 46.1 × 60.9 cm\n- Catalogue: Faille 1970, no. 565',
    },
    tags: ['painting', 'landscape', 'van-gogh', 'oil', 'arles', 'provence'],
    credit: 'Object record: National Gallery of Art, Washington, Ailsa Mellon Bruce Collection, 1970.17.34 (CC0)',
  },
  {
    id: 'h-olive-orchard', room: 'r-gallery-2', kind: 'painting', widthM: 0.92, heightM: 0.73,
    palette: ['#8aa37b', '#c07a4a', '#9bb5c9'],
    title: { de: 'Vincent van Gogh: Der Olivenhain', en: 'Vincent van Gogh: The Olive Orchard' },
    summary: {
      de: 'Olivenbäume bei Saint-Rémy-de-Provence, 1889 – ein Motiv, zu dem Van Gogh während seines Aufenthalts dort immer wieder zurückkehrte.',
      en: 'Olive trees near Saint-Rémy-de-Provence, 1889 – a motif Van Gogh returned to again and again during his stay there.',
    },
    body: {
      de: 'Rund um die Heilanstalt von Saint-Rémy wuchsen Olivenbäume, und Van Gogh malte sie in einer ganzen Reihe von Bildern. Die knorrigen Stämme und das silbrige Laub boten ihm ein Motiv, an dem er Farbe und Pinselstrich immer neu erproben konnte.\n\nNach dem Datensatz der National Gallery of Art verkaufte Johanna van Gogh-Bonger das Bild 1905 an den Berliner Kunsthändler Paul Cassirer, zusammen mit sieben weiteren Leinwänden. Es blieb bis 1916 in einer Berliner Sammlung und kam 1931 zu Chester Dale, mit dessen Vermächtnis es 1963 nach Washington ging.\n\n- Vincent van Gogh (1853–1890)\n- 1889, Saint-Rémy-de-Provence\n- Öl auf Leinwand, 73,0 × 92,0 cm\n- Werkverzeichnis: Faille 1970, Nr. 656',
      en: 'Olive trees grew around the asylum at Saint-Rémy, and Van Gogh painted them in a whole series of pictures. The gnarled trunks and silvery leaves gave him a motif on which he could test colour and brushwork again and again.\n\nAccording to the record of the National Gallery of Art, Johanna van Gogh-Bonger sold the picture in 1905 to the Berlin dealer Paul Cassirer, together with seven other canvases. It stayed in a Berlin collection until 1916 and reached Chester Dale in 1931; with his bequest it went to Washington in 1963.\n\n- Vincent van Gogh (1853–1890)\n- 1889, Saint-Rémy-de-Provence\n- Oil on canvas, 73.0 × 92.0 cm\n- Catalogue: Faille 1970, no. 656',
    },
    tags: ['painting', 'landscape', 'trees', 'van-gogh', 'oil', 'saint-remy'],
    credit: 'Object record: National Gallery of Art, Washington, Chester Dale Collection, 1963.10.152 (CC0)',
  },
  {
    id: 'h-green-wheat-fields', room: 'r-gallery-2', kind: 'painting', widthM: 0.914, heightM: 0.724,
    palette: ['#6b9b46', '#a9c76a', '#8db0d6'],
    title: { de: 'Vincent van Gogh: Grüne Weizenfelder, Auvers', en: 'Vincent van Gogh: Green Wheat Fields, Auvers' },
    summary: {
      de: 'Felder bei Auvers-sur-Oise im Jahr 1890: eine der Landschaften aus Van Goghs letzten Wochen, die lange im Besitz seiner Familie blieb.',
      en: 'Fields near Auvers-sur-Oise in 1890: one of the landscapes of Van Gogh’s last weeks, which long stayed with his family.',
    },
    body: {
      de: 'In Auvers-sur-Oise malte Van Gogh immer wieder die Felder, die den Ort umgeben. Hier ist der Weizen noch grün – ein Bild aus den letzten Wochen seines Lebens.\n\nDer Datensatz der National Gallery of Art nennt als ersten Besitzer Theo van Gogh, den Bruder des Malers, danach dessen Witwe Johanna. Über Paul Cassirer kam das Bild 1906 nach Berlin, 1955 erwarb es Paul Mellon. Er vermachte es der National Gallery, seiner Frau blieb ein lebenslanges Nutzungsrecht; erst 2013 ging es ganz in die Sammlung über.\n\n- Vincent van Gogh (1853–1890)\n- 1890, Auvers-sur-Oise\n- Öl auf Leinwand, 72,4 × 91,4 cm\n- Werkverzeichnis: Faille 1970, Nr. 807',
      en: 'In Auvers-sur-Oise Van Gogh painted the fields around the village again and again. Here the wheat is still green – a picture from the last weeks of his life.\n\nThe National Gallery of Art’s record names Theo van Gogh, the painter’s brother, as its first owner, followed by his widow Johanna. Through Paul Cassirer it went to Berlin in 1906, and in 1955 Paul Mellon bought it. He bequeathed it to the National Gallery with a life interest for his wife; only in 2013 did it pass fully into the collection.\n\n- Vincent van Gogh (1853–1890)\n- 1890, Auvers-sur-Oise\n- Oil on canvas, 72.4 × 91.4 cm\n- Catalogue: Faille 1970, no. 807',
    },
    tags: ['painting', 'landscape', 'van-gogh', 'oil', 'auvers'],
    credit: 'Object record: National Gallery of Art, Washington, Collection of Mr. and Mrs. Paul Mellon, 2013.122.1 (CC0)',
  },
];
