import type { DemoExhibit } from '../content-types.ts';

/**
 * First floor: British painting from Tate's CC0 collection metadata (r-gallery-3/4/5) and,
 * in the cabinet, two rejected Van Gogh attributions from the National Gallery of Art's
 * CC0 records. The Demo Museum holds none of these works; the app shows abstract stand-ins.
 */
export const UPPER_FLOOR_EXHIBITS: DemoExhibit[] = [
  // r-cabinet — Genuine or Not?
  {
    id: 'h-portrait-rejected', room: 'r-cabinet', kind: 'painting', widthM: 0.475, heightM: 0.591,
    palette: ['#3d5a73', '#b7783d', '#d9c9a3'],
    title: { de: 'Unbekannter Künstler: Bildnis Vincent van Gogh', en: 'Anonymous Artist: Portrait of Vincent van Gogh' },
    summary: {
      de: 'Ein Bildnis Van Goghs, das lange als Selbstbildnis galt. Der Datensatz der National Gallery of Art nennt heute einen unbekannten Künstler und datiert es auf 1925/1928.',
      en: 'A portrait of Van Gogh that was long taken for a self-portrait. The National Gallery of Art’s record now names an anonymous artist and dates it 1925/1928.',
    },
    body: {
      de: 'Wenn ein Bild erst 1925/1928 entstanden ist, kann es nicht von Van Gogh stammen – er starb 1890. Im Werkverzeichnis von Jacob-Baart de la Faille (Ausgabe 1970) steht es deshalb unter den verworfenen Werken.\n\nAufschlussreich ist die Provenienz im Datensatz: Sie beginnt bei dem Berliner Händler Otto Wacker, dessen Name mit einer Reihe gefälschter „Van Goghs“ der späten 1920er-Jahre verbunden ist. Über einen New Yorker Händler kaufte der Sammler Chester Dale das Bild im Mai 1928; mit seinem Vermächtnis kam es 1963 nach Washington.\n\n- Unbekannter Künstler\n- datiert 1925/1928\n- Öl auf Leinwand, 59,1 × 47,5 cm\n- Faille 1970, Nr. 523 (verworfenes Werk)',
      en: 'If a picture was painted in 1925/1928, it cannot be by Van Gogh – he died in 1890. The catalogue of Van Gogh’s work by Jacob-Baart de la Faille (1970 edition) therefore lists it among the rejected works.\n\nThe provenance in the record is telling: it begins with the Berlin dealer Otto Wacker, whose name is linked to a group of forged “Van Goghs” of the late 1920s. The collector Chester Dale bought the picture through a New York dealer in May 1928; it came to Washington with his bequest in 1963.\n\n- Anonymous artist\n- Dated 1925/1928\n- Oil on canvas, 59.1 × 47.5 cm\n- Faille 1970, no. 523 (rejected work)',
    },
    tags: ['painting', 'portrait', 'van-gogh', 'attribution', 'forgery', 'oil'],
    credit: 'Object record: National Gallery of Art, Washington, Chester Dale Collection, 1963.10.153 (CC0)',
  },
  {
    id: 'h-landscape-rejected', room: 'r-cabinet', kind: 'painting', widthM: 0.38, heightM: 0.46,
    palette: ['#6e8b4e', '#c9a94f', '#9a5b3c'],
    title: { de: 'Unbekannter Künstler: Landschaft', en: 'Anonymous Artist: Landscape' },
    summary: {
      de: 'Eine kleine Landschaft, die de la Faille 1970 als „Der kleine Garten“ unter den verworfenen Van-Gogh-Werken führte.',
      en: 'A small landscape that de la Faille listed in 1970 as “The Small Garden” among the rejected works of Van Gogh.',
    },
    body: {
      de: 'Auch dieses Bild trägt im Datensatz der National Gallery of Art den Namen eines unbekannten Künstlers und die Datierung 1925/1928. Daniel Wildenstein schenkte es 1969 der National Gallery.\n\nDie Anmerkungen zeigen, wie Forschung arbeitet: De la Faille nannte in der frühen Provenienz auch Otto Wacker, eine Studie über die Wacker-Fälschungen aus dem Jahr 2002 hält das aber für unwahrscheinlich. Zugleich führt der Datensatz das Bild schon 1912 bei einer Pariser Galerie – was mit der Datierung schwer zusammengeht. Objektdaten sind eben Arbeitsstände, keine endgültigen Urteile.\n\n- Unbekannter Künstler\n- datiert 1925/1928\n- Öl auf Leinwand, 46,0 × 38,0 cm\n- Faille 1970, Nr. 442 (verworfenes Werk)',
      en: 'This picture, too, carries the name of an anonymous artist and the date 1925/1928 in the National Gallery of Art’s record. Daniel Wildenstein gave it to the National Gallery in 1969.\n\nThe notes show research at work: de la Faille included Otto Wacker in the early provenance, but a 2002 study of the Wacker forgeries considers this unlikely. At the same time the record places the picture with a Paris gallery as early as 1912 – which sits uneasily with the date. Object records are work in progress, not final verdicts.\n\n- Anonymous artist\n- Dated 1925/1928\n- Oil on canvas, 46.0 × 38.0 cm\n- Faille 1970, no. 442 (rejected work)',
    },
    tags: ['painting', 'landscape', 'van-gogh', 'attribution', 'oil'],
    credit: 'Object record: National Gallery of Art, Washington, Gift of Daniel Wildenstein, 1969.14.1 (CC0)',
  },

  // r-gallery-3 — British Portraiture
  {
    id: 'h-hogarth-pug', room: 'r-gallery-3', kind: 'painting', widthM: 0.699, heightM: 0.9,
    palette: ['#3b3a2e', '#a8743f', '#d8c7a0'],
    title: { de: 'William Hogarth: Der Maler und sein Mops', en: 'William Hogarth: The Painter and his Pug' },
    summary: {
      de: 'Ein Selbstbildnis von 1745, in dem Hogarth sich mit Büchern, Palette und seinem Hund in Szene setzt.',
      en: 'A self-portrait of 1745 in which Hogarth stages himself with books, a palette and his dog.',
    },
    body: {
      de: 'William Hogarth (1697–1764), geboren und gestorben in London, war Maler, Kupferstecher und scharfer Beobachter seiner Zeit. Dieses Bild ist mehr als ein Porträt: Es ist ein Programm. Die Verschlagwortung der Tate nennt Bücher von Shakespeare, Milton und Swift, eine Palette – und einen Mops.\n\nDie Bücher stehen für die Literatur, an der sich Hogarth maß; die Palette für sein Handwerk; der Hund für den Menschen dahinter. Das Datum ist auf dem Bild vermerkt. Die Tate-Daten führen das Werk als Ankauf von 1824.\n\n- William Hogarth (1697–1764)\n- 1745\n- Öl auf Leinwand, 90,0 × 69,9 cm',
      en: 'William Hogarth (1697–1764), born and died in London, was a painter, an engraver and a sharp observer of his time. This picture is more than a portrait: it is a statement. Tate’s subject index lists books by Shakespeare, Milton and Swift, a palette – and a pug.\n\nThe books stand for the literature Hogarth measured himself against; the palette for his craft; the dog for the man behind them. The date is inscribed on the picture. Tate’s data record it as a purchase of 1824.\n\n- William Hogarth (1697–1764)\n- 1745\n- Oil on canvas, 90.0 × 69.9 cm',
    },
    tags: ['painting', 'portrait', 'self-portrait', 'british', 'oil', 'dog'],
    credit: 'Object record: Tate, N00112, Purchased 1824 (CC0 metadata)',
  },
  {
    id: 'h-stuart-west', room: 'r-gallery-3', kind: 'painting', widthM: 0.698, heightM: 0.895,
    palette: ['#2e2a26', '#8c5a3c', '#c9b79a'],
    title: { de: 'Gilbert Stuart: Benjamin West, P.R.A.', en: 'Gilbert Stuart: Benjamin West, P.R.A.' },
    summary: {
      de: 'Ein Maler porträtiert einen Maler: Gilbert Stuart zeigt seinen aus Amerika stammenden Kollegen Benjamin West, sitzend, mit einem Schriftstück.',
      en: 'A painter portrays a painter: Gilbert Stuart shows his fellow American-born colleague Benjamin West, seated, with a document.',
    },
    body: {
      de: 'Beide Künstler kamen aus den amerikanischen Kolonien und machten in London Karriere: Gilbert Stuart (1755–1828) wurde in North Kingstown geboren, Benjamin West (1738–1820) in Swarthmore in Pennsylvania. Das Bildnis wurde vermutlich 1781 ausgestellt.\n\nDas Kürzel „P.R.A.“ im Titel steht für „President of the Royal Academy“ – West stand später an der Spitze der Londoner Akademie. Ein Gemälde von West selbst hängt im Saal „Geschichte und Dichtung“ nebenan. Laut den Daten der Tate wurde das Porträt 1853 von J.H. Anderdon geschenkt.\n\n- Gilbert Stuart (1755–1828)\n- wohl 1781 ausgestellt\n- Öl auf Leinwand, 89,5 × 69,8 cm',
      en: 'Both artists came from the American colonies and made their careers in London: Gilbert Stuart (1755–1828) was born in North Kingstown, Benjamin West (1738–1820) in Swarthmore, Pennsylvania. The portrait was probably exhibited in 1781.\n\nThe letters “P.R.A.” in the title stand for President of the Royal Academy – West later led the London academy. A painting by West himself hangs next door in the gallery “History and Literature”. According to Tate’s data, the portrait was presented by J.H. Anderdon in 1853.\n\n- Gilbert Stuart (1755–1828)\n- Probably exhibited 1781\n- Oil on canvas, 89.5 × 69.8 cm',
    },
    tags: ['painting', 'portrait', 'british', 'american', 'oil', '18th-century'],
    credit: 'Object record: Tate, N00229, Presented by J.H. Anderdon 1853 (CC0 metadata)',
  },
  {
    id: 'h-mrs-siddons', room: 'r-gallery-3', kind: 'painting', widthM: 1.48, heightM: 2.54,
    palette: ['#5a2e2a', '#c9a27a', '#2f2b35'],
    title: { de: 'Sir Thomas Lawrence: Mrs Siddons', en: 'Sir Thomas Lawrence: Mrs Siddons' },
    summary: {
      de: 'Die Schauspielerin Sarah Siddons in ganzer Figur, gemalt 1804 von Thomas Lawrence – mit über zweieinhalb Metern Höhe das größte Bild im Saal.',
      en: 'The actress Sarah Siddons at full length, painted in 1804 by Thomas Lawrence – at over two and a half metres high, the largest picture in the room.',
    },
    body: {
      de: 'Sarah Siddons, geborene Kemble, war die berühmteste Tragödin ihrer Zeit. Lawrence zeigt sie jedoch nicht auf der Bühne, sondern stehend in einem Innenraum, mit Vorhang, Sofa und Buch. Die Tate-Verschlagwortung nennt als Lektüre ein Werk des Dramatikers Thomas Otway – eine passende Lektüre für eine Tragödin.\n\nThomas Lawrence (1769–1830) stammte aus Bristol und wurde der gefragteste Porträtmaler Londons. Auch Sarahs Bruder John Philip Kemble malte er, als Hamlet; auch dieses Bild verzeichnen die Tate-Daten.\n\n- Sir Thomas Lawrence (1769–1830)\n- 1804\n- Öl auf Leinwand, 254,0 × 148,0 cm',
      en: 'Sarah Siddons, born Kemble, was the most famous tragic actress of her day. Lawrence, however, shows her not on stage but standing in an interior, with a curtain, a couch and a book. Tate’s subject index identifies her reading as a work by the playwright Thomas Otway – fitting reading for a tragic actress.\n\nThomas Lawrence (1769–1830) came from Bristol and became the most sought-after portrait painter in London. He also painted Sarah’s brother John Philip Kemble, as Hamlet; that picture, too, is in Tate’s data.\n\n- Sir Thomas Lawrence (1769–1830)\n- 1804\n- Oil on canvas, 254.0 × 148.0 cm',
    },
    tags: ['painting', 'portrait', 'british', 'theatre', 'oil', '19th-century'],
    credit: 'Object record: Tate, N00188, Presented by Mrs C. FitzHugh 1843 (CC0 metadata)',
  },

  // r-gallery-4 — Landscape from Suffolk to Venice
  {
    id: 'h-wilson-tivoli', room: 'r-gallery-4', kind: 'painting', widthM: 1.702, heightM: 1.219,
    palette: ['#c9b27a', '#6f7f5a', '#a7b8c4'],
    title: { de: 'Richard Wilson: Fernblick auf die Villa des Maecenas, Tivoli', en: 'Richard Wilson: Distant View of Maecenas’ Villa, Tivoli' },
    summary: {
      de: 'Eine erdachte Ansicht antiker Ruinen bei Tivoli, um 1756/57 – Landschaft als Nachdenken über Größe und Verfall.',
      en: 'An imagined view of ancient ruins at Tivoli, about 1756–7 – landscape as a reflection on greatness and decay.',
    },
    body: {
      de: 'Der walisische Maler Richard Wilson (1713–1782) verbrachte in den 1750er-Jahren mehrere Jahre in Italien. Die Landschaft um Tivoli bei Rom, mit ihren Ruinen, Felsen und Wasserläufen, bot ihm Stoff für Bilder, die mehr Stimmung als Vermessung sind. Die Tate verzeichnet dieses Bild ausdrücklich als erdachte Ansicht.\n\nIm Vordergrund schöpft eine Frau Wasser am Fluss, dahinter liegen die Reste einer antiken Anlage, die man damals für die Villa des Maecenas hielt. Die Verschlagwortung der Tate nennt Begriffe wie Verfall, Geschichte und Dekadenz. Sir George Beaumont schenkte das Bild 1823.\n\n- Richard Wilson (1713–1782)\n- um 1756/57\n- Öl auf Leinwand, 121,9 × 170,2 cm',
      en: 'The Welsh painter Richard Wilson (1713–1782) spent several years in Italy in the 1750s. The country around Tivoli near Rome, with its ruins, rocks and streams, gave him material for pictures that are more mood than survey. Tate explicitly records this one as an imagined view.\n\nIn the foreground a woman draws water at the river; beyond lie the remains of an ancient complex then believed to be the villa of Maecenas. Tate’s subject index uses terms such as decay, history and decadence. Sir George Beaumont presented the picture in 1823.\n\n- Richard Wilson (1713–1782)\n- c.1756–7\n- Oil on canvas, 121.9 × 170.2 cm',
    },
    tags: ['painting', 'landscape', 'british', 'italy', 'ruins', 'oil', '18th-century'],
    credit: 'Object record: Tate, N00108, Presented by Sir George Beaumont Bt 1823 (CC0 metadata)',
  },
  {
    id: 'h-constable-valley-farm', room: 'r-gallery-4', kind: 'painting', widthM: 1.251, heightM: 1.473,
    palette: ['#4f5d3a', '#8a9aa8', '#c7b98a'],
    title: { de: 'John Constable: Der Bauernhof im Tal', en: 'John Constable: The Valley Farm' },
    summary: {
      de: 'Ein Hof am Fluss Stour in Suffolk, gemalt 1835 – Constables Heimatlandschaft, zwei Jahre vor seinem Tod.',
      en: 'A farm on the River Stour in Suffolk, painted in 1835 – Constable’s home country, two years before his death.',
    },
    body: {
      de: 'John Constable (1776–1837) wurde in Suffolk geboren, und die Landschaft am Fluss Stour blieb sein Leben lang sein wichtigstes Motiv. Die Tate verortet dieses Bild in Flatford, beim Haus von Willy Lott, das Constable immer wieder malte. Auf dem Fluss liegt ein Boot, am Ufer stehen Kühe.\n\nDas große Hochformat gehört zu Constables Spätwerk; das Datum ist auf dem Bild vermerkt. Die Tate-Verschlagwortung fasst die Stimmung mit „Idylle“ und „Nostalgie“ zusammen. 1847 kam das Bild mit der Schenkung Robert Vernons in die Sammlung.\n\n- John Constable (1776–1837)\n- 1835\n- Öl auf Leinwand, 147,3 × 125,1 cm',
      en: 'John Constable (1776–1837) was born in Suffolk, and the country along the River Stour remained his most important subject all his life. Tate places this picture at Flatford, by Willy Lott’s house, which Constable painted again and again. A boat lies on the river and cows stand on the bank.\n\nThe large upright canvas belongs to Constable’s late work; the date is inscribed on the picture. Tate’s subject index sums up its mood as “idyll” and “nostalgia”. It entered the collection in 1847 with Robert Vernon’s gift.\n\n- John Constable (1776–1837)\n- 1835\n- Oil on canvas, 147.3 × 125.1 cm',
    },
    tags: ['painting', 'landscape', 'british', 'suffolk', 'river', 'oil', '19th-century'],
    credit: 'Object record: Tate, N00327, Presented by Robert Vernon 1847 (CC0 metadata)',
  },
  {
    id: 'h-turner-dogana', room: 'r-gallery-4', kind: 'painting', widthM: 0.927, heightM: 0.616,
    palette: ['#e8d9a8', '#9cc0d0', '#d6a760'],
    title: { de: 'J. M. W. Turner: Dogana, San Giorgio und Zitelle, von den Stufen des Europa', en: 'J. M. W. Turner: The Dogano, San Giorgio, Citella, from the Steps of the Europa' },
    summary: {
      de: 'Venedig im Licht: Zollhaus, Kirchen und Boote auf dem Wasser, 1842 von Turner ausgestellt.',
      en: 'Venice in light: the custom house, churches and boats on the water, exhibited by Turner in 1842.',
    },
    body: {
      de: 'Joseph Mallord William Turner (1775–1851) kehrte in seinem Werk immer wieder nach Venedig zurück. Der Blick geht über das Wasser zur Dogana, dem alten Zollhaus, und zu den Kirchen San Giorgio Maggiore und Le Zitelle; Gondeln und Segelboote spiegeln sich im Sonnenlicht.\n\nDer Originaltitel bewahrt die Schreibweisen seiner Zeit: „Dogano“ für die Dogana, „Citella“ für die Zitelle. Wie der Bauernhof von Constable kam auch dieses Bild 1847 mit der Schenkung Robert Vernons in die Sammlung.\n\n- Joseph Mallord William Turner (1775–1851)\n- ausgestellt 1842\n- Öl auf Leinwand, 61,6 × 92,7 cm',
      en: 'Joseph Mallord William Turner (1775–1851) returned to Venice again and again in his work. The view runs across the water to the Dogana, the old custom house, and to the churches of San Giorgio Maggiore and the Zitelle; gondolas and sailing boats are reflected in the sunlight.\n\nThe original title keeps the spellings of its day: “Dogano” for the Dogana, “Citella” for the Zitelle. Like Constable’s farm, this picture entered the collection in 1847 with Robert Vernon’s gift.\n\n- Joseph Mallord William Turner (1775–1851)\n- Exhibited 1842\n- Oil on canvas, 61.6 × 92.7 cm',
    },
    tags: ['painting', 'landscape', 'british', 'venice', 'water', 'oil', '19th-century'],
    credit: 'Object record: Tate, N00372, Presented by Robert Vernon 1847 (CC0 metadata)',
  },

  // r-gallery-5 — History and Literature
  {
    id: 'h-copley-chatham', room: 'r-gallery-5', kind: 'painting', widthM: 3.073, heightM: 2.286,
    palette: ['#7a1f1f', '#2b2622', '#c8b48a'],
    title: {
      de: 'John Singleton Copley: Der Zusammenbruch des Earl of Chatham im Oberhaus, 7. Juli 1778',
      en: 'John Singleton Copley: The Collapse of the Earl of Chatham in the House of Lords, 7 July 1778',
    },
    summary: {
      de: 'Zeitgeschichte als Historienbild: Der Staatsmann William Pitt, Earl of Chatham, bricht im britischen Oberhaus zusammen – umringt von Lords in ihren Roben.',
      en: 'Current events as history painting: the statesman William Pitt, Earl of Chatham, collapses in the British House of Lords, surrounded by peers in their robes.',
    },
    body: {
      de: 'Historienbilder zeigten traditionell Szenen aus Antike und Bibel. John Singleton Copley (1738–1815), geboren in Boston, wählte stattdessen ein Ereignis, das erst kurz zurücklag: den Zusammenbruch des früheren Premierministers William Pitt während einer Sitzung im Oberhaus. Chatham starb noch im selben Jahr.\n\nMit über drei Metern Breite ist das Bild das größte im Haus. Es ist zugleich ein Gruppenbildnis: Die Lords in ihren Roben umgeben den Zusammengesunkenen. Der Earl of Liverpool schenkte das Gemälde 1830.\n\n- John Singleton Copley (1738–1815)\n- 1779–80\n- Öl auf Leinwand, 228,6 × 307,3 cm',
      en: 'History painting traditionally showed scenes from antiquity and the Bible. John Singleton Copley (1738–1815), born in Boston, chose instead an event that had only just happened: the collapse of the former prime minister William Pitt during a sitting of the House of Lords. Chatham died later that same year.\n\nAt more than three metres wide it is the largest picture in the building. It is also a group portrait: the peers in their robes gather round the stricken man. The Earl of Liverpool presented the painting in 1830.\n\n- John Singleton Copley (1738–1815)\n- 1779–80\n- Oil on canvas, 228.6 × 307.3 cm',
    },
    tags: ['painting', 'history', 'group-portrait', 'british', 'politics', 'oil', '18th-century'],
    credit: 'Object record: Tate, N00100, Presented by the Earl of Liverpool 1830 (CC0 metadata)',
  },
  {
    id: 'h-west-iphigenia', room: 'r-gallery-5', kind: 'painting', widthM: 1.264, heightM: 1.003,
    palette: ['#8c6d4f', '#d9c8a8', '#4a5a6a'],
    title: {
      de: 'Benjamin West: Pylades und Orestes werden Iphigenie als Opfer vorgeführt',
      en: 'Benjamin West: Pylades and Orestes Brought as Victims before Iphigenia',
    },
    summary: {
      de: 'Eine Szene aus der griechischen Tragödie, 1766 gemalt von Benjamin West: Zwei Gefangene stehen vor der Priesterin, die sie opfern soll.',
      en: 'A scene from Greek tragedy, painted in 1766 by Benjamin West: two captives stand before the priestess who is to sacrifice them.',
    },
    body: {
      de: 'Die Vorlage ist die „Iphigenie bei den Taurern“ des Euripides. Orestes und sein Freund Pylades werden gefangen vor die Priesterin des Tempels gebracht – Iphigenie, die Schwester des Orestes. Noch erkennen die Geschwister einander nicht.\n\nBenjamin West (1738–1820) stammte aus Pennsylvania und ließ sich in London nieder. Säulen, Altar, Soldaten und antike Gewänder verlegen die Szene in eine ernste, klassische Bühne. Das Datum ist auf dem Bild vermerkt; Sir George Beaumont schenkte es 1826. Wests Bildnis von Gilbert Stuart hängt im Saal der britischen Bildnisse.\n\n- Benjamin West (1738–1820)\n- 1766\n- Öl auf Leinwand, 100,3 × 126,4 cm',
      en: 'The source is Euripides’ “Iphigenia in Tauris”. Orestes and his friend Pylades are brought as prisoners before the priestess of the temple – Iphigenia, Orestes’ sister. The siblings have not yet recognised each other.\n\nBenjamin West (1738–1820) came from Pennsylvania and settled in London. Columns, an altar, soldiers and classical dress set the scene on a solemn, antique stage. The date is inscribed on the picture; Sir George Beaumont presented it in 1826. Gilbert Stuart’s portrait of West hangs in the gallery of British portraiture.\n\n- Benjamin West (1738–1820)\n- 1766\n- Oil on canvas, 100.3 × 126.4 cm',
    },
    tags: ['painting', 'history', 'mythology', 'literature', 'neoclassicism', 'oil', '18th-century'],
    credit: 'Object record: Tate, N00126, Presented by Sir George Beaumont Bt 1826 (CC0 metadata)',
  },
  {
    id: 'h-juliet-nurse', room: 'r-gallery-5', kind: 'painting', widthM: 0.698, heightM: 0.889,
    palette: ['#3f5a3a', '#d9b98c', '#8a3b3b'],
    title: {
      de: 'Henry Perronet Briggs: Romeo und Julia, 2. Akt, 5. Szene („Julia und ihre Amme“)',
      en: 'Henry Perronet Briggs: Romeo and Juliet - Act II Scene 5 (‘Juliet and her Nurse’)',
    },
    summary: {
      de: 'Shakespeare im Garten: Julia wartet ungeduldig auf die Nachricht, die ihre Amme von Romeo bringt – ausgestellt 1827.',
      en: 'Shakespeare in the garden: Juliet waits impatiently for the news her nurse brings from Romeo – exhibited in 1827.',
    },
    body: {
      de: 'In dieser Szene kehrt die Amme von Romeo zurück, und Julia will endlich wissen, was er ihr ausrichten lässt. Henry Perronet Briggs (um 1791–1844) setzt das Gespräch auf eine Gartenterrasse mit Treppe und Karyatide; eine Statue des Amor deutet an, worum es geht.\n\nEine alte und eine junge Frau, dazu Fächer, Stock und sogar ein Narr – so verzeichnet es die Tate. Das Bild lebt vom Gegensatz der Generationen und von Gesten, wie man sie von der Bühne kannte. Es wurde 1827 ausgestellt und kam 1847 mit der Schenkung Robert Vernons in die Sammlung.\n\n- Henry Perronet Briggs (um 1791–1844)\n- ausgestellt 1827\n- Öl auf Leinwand, 88,9 × 69,8 cm',
      en: 'In this scene the Nurse comes back from Romeo, and Juliet is desperate to hear his message. Henry Perronet Briggs (c.1791–1844) sets the conversation on a garden terrace with steps and a caryatid; a statue of Cupid hints at what it is all about.\n\nAn old and a young woman, a fan, a cane and even a jester – so Tate’s subject index records it. The picture lives from the contrast of generations and from gestures familiar from the stage. It was exhibited in 1827 and entered the collection in 1847 with Robert Vernon’s gift.\n\n- Henry Perronet Briggs (c.1791–1844)\n- Exhibited 1827\n- Oil on canvas, 88.9 × 69.8 cm',
    },
    tags: ['painting', 'literature', 'shakespeare', 'british', 'oil', '19th-century'],
    credit: 'Object record: Tate, N00376, Presented by Robert Vernon 1847 (CC0 metadata)',
  },
];
