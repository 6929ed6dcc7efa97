/**
 * The Northern Sweden virtual visit: five stops along the coast from Umeå to
 * Örnsköldsvik, each a small illustrative model (scripts/demo/sites.ts) with
 * cards built from public sources, which every card cites. The last stop links
 * into the pilot-hall tour. Claims are kept to what the cited sources say.
 */
import type { TourInput } from '../../src/tour/schema';
import { type V3 } from './vec';
import { type Site } from './sites';
import { type T3, t3 } from './processumTour';
import { MAP_HEIGHT, MAP_WIDTH, mapPixel } from './coastMap';

/** The tour map's file, next to tour.json (scripts/demo/coastMap.ts draws it). */
export const NS_MAP_FILE = 'map.webp';

/**
 * Where each stop sits on the map (longitude, latitude). Stylised: the three
 * Skellefteå stops and the two in Örnsköldsvik are a few kilometres apart, so
 * they are spread a little for their buttons to stay apart on a phone.
 */
const PLACES: { scene: string; tour?: string; at: [number, number]; title?: T3 }[] = [
  { scene: 'umea', at: [20.17, 63.83] },
  { scene: 'sara-kulturhus', at: [20.86, 64.78] },
  { scene: 'northvolt-ett', at: [21.05, 64.64] },
  { scene: 'ronnskar', at: [21.33, 64.62] },
  { scene: 'ornskoldsvik', at: [18.62, 63.34] },
  { scene: 'hall', tour: 'processum', at: [18.84, 63.23], title: t3('RISE Processum pilot hall', 'RISE Processums pilothall', 'RISE Processumin pilottihalli') },
];

export const NS_TOUR_ID = 'northern-sweden';
/** Where a site's model is published, relative to public/. */
export const siteModelPath = (id: string) => `models/northern-sweden-${id}.glb`;

const src = (label: string, url: string) => `[${label}](${url})`;
/** "Source: …" in each language, appended to a card body. */
const cite = (body: T3, ...links: string[]): T3 => {
  const list = links.join(', ');
  const [en, sv, fi] = links.length > 1 ? ['Sources', 'Källor', 'Lähteet'] : ['Source', 'Källa', 'Lähde'];
  return t3(`${body.en}\n\n${en}: ${list}`, `${body.sv}\n\n${sv}: ${list}`, `${body.fi}\n\n${fi}: ${list}`);
};

const URL = {
  klockarbacken: 'https://www.umea.se/byggaboochmiljo/stadsplaneringochbyggande/projekt/storreprojekt/klockarbacken.4.4c1abcbc18f037ccd0e8585.html',
  brannlandsberget: 'https://www.umea.se/byggaboochmiljo/stadsplaneringochbyggande/markexploatering/markforverksamheter/markforindustri/klockarbackenbrannlandsberget.4.7d7d901172bb372c5d8e7.html',
  dava: 'https://umea-energi.mynewsdesk.com/pressreleases/78-maj-inviger-umeaa-energi-groen-miljardsatsning-388797',
  saraCity: 'https://skelleftea.se/en/skelleftea-vaxer/skelleftea-vaxer/arkiv/completed-projects/2023-03-10-sara-kulturhus',
  saraWood: 'https://www.sarakulturhus.se/en/a-climate-smart-house/a-locally-produced-wooden-house/',
  saraUbm: 'https://www.ubm-development.com/magazin/en/sara-kulturhus-sweden/',
  nvFirstCell: 'https://www.automobil-produktion.de/management/northvolt-montiert-erste-batteriezelle-in-neuer-gigafactory-579.html',
  nvDelivery: 'https://elfordon.se/northvolt-har-borjat-leverera-batterier-fran-skelleftea',
  nvBankruptcy: 'https://nyhetsnotiser.se/nyheter/northvolt-ansoker-om-konkurs_-enda-losningen/4129477',
  ronnskar: 'https://skelleftea.se/platsen/eng/business/stories-eng/2021-11-22-boliden-ronnskar---world-leader-in-metal-recycling',
  ronnskarHistory: 'https://showroomskelleftea.se/focus-areas/sustainable-metall/',
  bolidenEscrap: 'https://investors.boliden.com/en/press/boliden-becomes-world-leader-electronics-recycling-1242245',
  jobbaLev: 'https://llu.leaderhogakusten.se/jobba-och-lev-i-bygd/',
  riseHall: 'https://www.ri.se/en/our-stories/bioeconomy-arena-will-make-sweden-a-world-leader-in-bioeconomy',
  riseMotto: 'https://www.ri.se/en/our-stories/future-refineries-green',
};

interface Card {
  id: string;
  title: T3;
  body: T3;
  position: V3;
}

interface Stop {
  site: Site;
  title: T3;
  description: T3;
  cards: Card[];
}

const illustrative = t3('(illustrative model)', '(illustrativ modell)', '(havainnollistava malli)');
const stopOf = (n: number, total: number, text: T3): T3 =>
  t3(`Stop ${n} of ${total}. ${text.en} ${illustrative.en}`, `Stopp ${n} av ${total}. ${text.sv} ${illustrative.sv}`, `Pysähdys ${n}/${total}. ${text.fi} ${illustrative.fi}`);

export function stops(sites: Record<string, Site>): Stop[] {
  const site = (id: string) => sites[id] as Site;
  return [
    {
      site: site('umea'),
      title: t3('Umeå – Klockarbäcken and Umeå Energi', 'Umeå – Klockarbäcken och Umeå Energi', 'Uumaja – Klockarbäcken ja Umeå Energi'),
      description: t3(
        'An industrial area on the edge of Umeå: factory halls, a power line and a combined heat and power plant.',
        'Ett industriområde i utkanten av Umeå: fabrikshallar, en kraftledning och ett kraftvärmeverk.',
        'Teollisuusalue Uumajan laidalla: tehdashalleja, voimajohto ja sähkön ja lämmön yhteistuotantolaitos.',
      ),
      cards: [
        {
          id: 'klockarbacken',
          title: t3('Klockarbäcken, Umeå', 'Klockarbäcken, Umeå', 'Klockarbäcken, Uumaja'),
          body: cite(
            t3(
              'Klockarbäcken is an industrial, commercial and business area in the west of Umeå, next to the E12 and the western ring road, about 6 km from the city centre. The municipality plans to let it grow from about 100 to 300 hectares: at Brännlandsberget land is set aside for energy-intensive industry and logistics, and Komatsu Forest has built a new factory in the area. The buildings in this model are illustrations.',
              'Klockarbäcken är ett industri-, handels- och verksamhetsområde i västra Umeå, intill E12 och västra länken, ungefär 6 km från centrum. Kommunen planerar att låta området växa från cirka 100 till 300 hektar: på Brännlandsberget planläggs mark för energiintensiv industri och logistik, och Komatsu Forest har byggt en ny fabrik i området. Byggnaderna i modellen är illustrationer.',
              'Klockarbäcken on teollisuus-, kauppa- ja yritysalue Länsi-Uumajassa E12-tien ja läntisen kehätien vieressä, noin 6 km keskustasta. Kunta suunnittelee alueen kasvattamista noin 100 hehtaarista 300 hehtaariin: Brännlandsbergetiin kaavoitetaan maata energiaintensiiviselle teollisuudelle ja logistiikalle, ja Komatsu Forest on rakentanut alueelle uuden tehtaan. Mallin rakennukset ovat havainnekuvia.',
            ),
            src('Umeå kommun', URL.klockarbacken),
          ),
          position: [-90, 24, -40],
        },
        {
          id: 'umea-energi-power-line',
          title: t3('Umeå Energi: power for new industry', 'Umeå Energi: el till ny industri', 'Umeå Energi: sähköä uudelle teollisuudelle'),
          body: cite(
            t3(
              'The area lies close to high-voltage lines, which makes it suitable for electricity-intensive industries. To secure electricity for the companies that establish themselves here, the municipal energy company Umeå Energi is planning a new power line to the area.',
              'Området ligger nära högspänningsledningar, vilket gör det lämpligt för elintensiva verksamheter och industrier. För att säkra tillgången till el för de företag som etablerar sig här planerar det kommunala energibolaget Umeå Energi en ny kraftledning till området.',
              'Alue sijaitsee lähellä suurjännitelinjoja, minkä vuoksi se sopii sähköintensiiviselle teollisuudelle. Varmistaakseen sähkön saatavuuden alueelle sijoittuville yrityksille kunnallinen energiayhtiö Umeå Energi suunnittelee alueelle uutta voimajohtoa.',
            ),
            src('Umeå kommun', URL.brannlandsberget),
          ),
          position: [145, 42, -150],
        },
        {
          id: 'umea-energi-dava',
          title: t3('Umeå Energi: heat and power from waste and biofuels', 'Umeå Energi: värme och el från avfall och biobränslen', 'Umeå Energi: lämpöä ja sähköä jätteestä ja biopolttoaineista'),
          body: cite(
            t3(
              'Umeå Energi produces district heating and electricity in combined heat and power plants at Dåva, just outside Umeå. The first, in operation since 2000, turns household and industrial waste into heat and power; the second burns biofuels such as forest harvesting residues, mostly from the region. In this model the plant stands next to the industrial area; in reality Dåva lies on the other side of the city.',
              'Umeå Energi producerar fjärrvärme och el i kraftvärmeverken på Dåva, strax utanför Umeå. Det första, i drift sedan 2000, omvandlar hushålls- och industriavfall till värme och el; det andra eldas med biobränslen som avverkningsrester, i huvudsak från regionen. I modellen står verket bredvid industriområdet; i verkligheten ligger Dåva på andra sidan staden.',
              'Umeå Energi tuottaa kaukolämpöä ja sähköä Dåvan voimalaitoksissa aivan Uumajan ulkopuolella. Ensimmäinen, käytössä vuodesta 2000, muuttaa kotitalous- ja teollisuusjätettä lämmöksi ja sähköksi; toinen polttaa biopolttoaineita, kuten hakkuutähteitä, pääosin alueelta. Mallissa laitos on teollisuusalueen vieressä; todellisuudessa Dåva on kaupungin toisella puolella.',
            ),
            src('Umeå Energi', URL.dava),
          ),
          position: [130, 45, 25],
        },
      ],
    },
    {
      site: site('sara-kulturhus'),
      title: t3('Skellefteå – Sara kulturhus', 'Skellefteå – Sara kulturhus', 'Skellefteå – Sara kulturhus'),
      description: t3(
        'One of the world’s tallest wooden buildings, in the centre of Skellefteå.',
        'En av världens högsta träbyggnader, mitt i Skellefteå.',
        'Yksi maailman korkeimmista puurakennuksista Skellefteån keskustassa.',
      ),
      cards: [
        {
          id: 'sara-kulturhus',
          title: t3('Sara kulturhus', 'Sara kulturhus', 'Sara kulturhus'),
          body: cite(
            t3(
              'Sara kulturhus in Skellefteå is one of the world’s tallest wooden buildings: 20 storeys and about 80 metres high. It opened in 2021 and is named after the author Sara Lidman. It houses six stages, the city library, two art galleries, a museum and a hotel with 205 rooms.',
              'Sara kulturhus i Skellefteå är en av världens högsta träbyggnader: 20 våningar och ungefär 80 meter högt. Det invigdes 2021 och har fått sitt namn efter författaren Sara Lidman. Huset rymmer sex scener, stadsbiblioteket, två konstgallerier, ett museum och ett hotell med 205 rum.',
              'Sara kulturhus Skellefteåssa on yksi maailman korkeimmista puurakennuksista: 20 kerrosta ja noin 80 metriä korkea. Se avattiin vuonna 2021, ja se on nimetty kirjailija Sara Lidmanin mukaan. Talossa on kuusi näyttämöä, kaupunginkirjasto, kaksi taidegalleriaa, museo ja 205 huoneen hotelli.',
            ),
            src('Skellefteå kommun', URL.saraCity),
            src('Sara kulturhus', URL.saraWood),
          ),
          position: [22, 86, -2],
        },
        {
          id: 'sara-timber',
          title: t3('Built from local forests', 'Byggt av skog från trakten', 'Rakennettu lähimetsien puusta'),
          body: cite(
            t3(
              'The wood comes from forests in the region, and the timber frame was made in Bygdsiljum, about 60 km from Skellefteå. The culture centre in the lower floors stands on glulam columns and beams; the hotel above is built of 205 prefabricated timber modules, with lift shafts of cross-laminated timber (CLT) instead of a concrete core.',
              'Träet kommer från skogar i regionen, och stommen tillverkades i Bygdsiljum, ungefär 6 mil från Skellefteå. Kulturhuset i de nedre våningarna bärs av pelare och balkar i limträ; hotellet ovanpå består av 205 prefabricerade trämoduler, med hisschakt i korslimmat trä (KL-trä) i stället för en betongkärna.',
              'Puu on peräisin alueen metsistä, ja runko valmistettiin Bygdsiljumissa noin 60 km:n päässä Skellefteåsta. Alempien kerrosten kulttuurikeskus seisoo liimapuisten pilareiden ja palkkien varassa; sen yläpuolella oleva hotelli on koottu 205 esivalmistetusta puumoduulista, ja hissikuilut ovat ristiinliimattua puuta (CLT) betonisydämen sijaan.',
            ),
            src('Sara kulturhus', URL.saraWood),
            src('UBM', URL.saraUbm),
          ),
          position: [-20, 24, 24],
        },
      ],
    },
    {
      site: site('northvolt-ett'),
      title: t3('Skellefteå – Northvolt Ett', 'Skellefteå – Northvolt Ett', 'Skellefteå – Northvolt Ett'),
      description: t3('The battery cell factory outside Skellefteå.', 'Battericellfabriken utanför Skellefteå.', 'Akkukennotehdas Skellefteån ulkopuolella.'),
      cards: [
        {
          id: 'northvolt-ett',
          title: t3('Northvolt Ett battery factory', 'Northvolts batterifabrik Northvolt Ett', 'Northvolt Ett -akkutehdas'),
          body: cite(
            t3(
              'Northvolt built its battery cell factory Northvolt Ett outside Skellefteå. The first cell was assembled at the end of December 2021, the first cell designed, developed and assembled in a gigafactory of a home-grown European battery company, and the first deliveries to customers followed. The halls in this model are illustrations.',
              'Northvolt byggde sin battericellfabrik Northvolt Ett utanför Skellefteå. Den första cellen tillverkades i slutet av december 2021, den första cell som konstruerats, utvecklats och tillverkats i en gigafabrik hos ett europeiskt batteribolag, och de första leveranserna till kund följde därefter. Hallarna i modellen är illustrationer.',
              'Northvolt rakensi akkukennotehtaansa Northvolt Ettin Skellefteån ulkopuolelle. Ensimmäinen kenno koottiin joulukuun 2021 lopussa. Se oli ensimmäinen kenno, jonka eurooppalainen akkuyhtiö oli suunnitellut, kehittänyt ja koonnut omassa gigatehtaassaan, ja ensimmäiset toimitukset asiakkaille seurasivat. Mallin hallit ovat havainnekuvia.',
            ),
            src('Automobil Produktion', URL.nvFirstCell),
            src('elfordon.se', URL.nvDelivery),
          ),
          position: [-30, 34, -120],
        },
        {
          id: 'northvolt-bankruptcy',
          title: t3('Bankruptcy in 2025', 'Konkurs 2025', 'Konkurssi 2025'),
          body: cite(
            t3(
              'Northvolt struggled to scale up production and filed for bankruptcy in Sweden in March 2025. The future of the factory was still being settled when this tour was written: check current news.',
              'Northvolt hade svårt att skala upp produktionen och ansökte om konkurs i Sverige i mars 2025. Fabrikens framtid var ännu inte avgjord när den här visningen skrevs: se aktuella nyheter.',
              'Northvoltilla oli vaikeuksia kasvattaa tuotantoa, ja yhtiö haki konkurssiin Ruotsissa maaliskuussa 2025. Tehtaan tulevaisuus oli vielä ratkaisematta tätä kierrosta kirjoitettaessa: tarkista ajankohtaiset uutiset.',
            ),
            src('nyhetsnotiser.se', URL.nvBankruptcy),
          ),
          position: [170, 40, -80],
        },
      ],
    },
    {
      site: site('ronnskar'),
      title: t3('Skelleftehamn – Boliden Rönnskär', 'Skelleftehamn – Boliden Rönnskär', 'Skelleftehamn – Boliden Rönnskär'),
      description: t3('Copper smelter and metal recycling on the coast.', 'Kopparsmältverk och metallåtervinning vid kusten.', 'Kuparisulatto ja metallien kierrätys rannikolla.'),
      cards: [
        {
          id: 'ronnskar-smelter',
          title: t3('Rönnskär copper smelter', 'Rönnskärs kopparsmältverk', 'Rönnskärin kuparisulatto'),
          body: cite(
            t3(
              'The Rönnskär smelter in Skelleftehamn, commissioned in 1930, is Boliden’s largest production unit and one of the world’s most efficient copper smelters. Besides copper it produces gold, silver, lead and zinc clinker, from concentrates from Boliden’s own mines and from external suppliers.',
              'Rönnskärsverken i Skelleftehamn, som togs i drift 1930, är Bolidens största produktionsenhet och ett av världens mest effektiva kopparsmältverk. Förutom koppar produceras guld, silver, bly och zinkklinker, av koncentrat från Bolidens egna gruvor och från externa leverantörer.',
              'Skelleftehamnin Rönnskärin sulatto, joka otettiin käyttöön vuonna 1930, on Bolidenin suurin tuotantoyksikkö ja yksi maailman tehokkaimmista kuparisulatoista. Kuparin lisäksi se tuottaa kultaa, hopeaa, lyijyä ja sinkkiklinkkeriä Bolidenin omien kaivosten ja ulkopuolisten toimittajien rikasteista.',
            ),
            src('Skellefteå kommun', URL.ronnskar),
            src('Showroom Skellefteå', URL.ronnskarHistory),
          ),
          position: [-40, 36, -10],
        },
        {
          id: 'ronnskar-electronics',
          title: t3('World leader in electronics recycling', 'Världsledande inom elektronikåtervinning', 'Elektroniikan kierrätyksen maailman kärkeä'),
          body: cite(
            t3(
              'Rönnskär is a world leader in recycling electronics such as circuit boards, from which it recovers mainly copper, gold and silver. An expansion that started smelting in 2012 (an investment of SEK 1.3 billion) raised its capacity for electronic material to 120,000 tonnes a year.',
              'Rönnskär är världsledande inom återvinning av elektronik som kretskort, ur vilka främst koppar, guld och silver utvinns. En utbyggnad som började smälta material 2012 (en investering på 1,3 miljarder kronor) ökade kapaciteten för elektronikmaterial till 120 000 ton per år.',
              'Rönnskär on maailman kärkeä elektroniikan, kuten piirilevyjen, kierrätyksessä; niistä otetaan talteen pääasiassa kuparia, kultaa ja hopeaa. Vuonna 2012 sulatuksen aloittanut laajennus (1,3 miljardin kruunun investointi) nosti elektroniikkamateriaalin käsittelykapasiteetin 120 000 tonniin vuodessa.',
            ),
            src('Boliden', URL.bolidenEscrap),
            src('Skellefteå kommun', URL.ronnskar),
          ),
          position: [-40, 28, 50],
        },
        {
          id: 'ronnskar-leaching',
          title: t3('The new leaching plant', 'Det nya lakverket', 'Uusi liuotuslaitos'),
          body: cite(
            t3(
              'A leaching plant extracts copper, lead and other metals from residues of the smelter’s treatment processes, so that they become products such as copper cathodes, lead ingots, silver and gold instead of waste. According to Boliden it lets Rönnskär recycle about 80% of the metal in these materials.',
              'Ett lakverk utvinner koppar, bly och andra metaller ur restmaterial från smältverkets reningsprocesser, så att de blir produkter som kopparkatoder, blytackor, silver och guld i stället för avfall. Enligt Boliden gör det att Rönnskär kan återvinna ungefär 80 % av metallen i materialet.',
              'Liuotuslaitos erottaa kuparia, lyijyä ja muita metalleja sulaton puhdistusprosessien jäännöksistä, jolloin niistä tulee jätteen sijaan tuotteita, kuten kuparikatodeja, lyijyharkkoja, hopeaa ja kultaa. Bolidenin mukaan sen ansiosta Rönnskär voi kierrättää noin 80 % näiden materiaalien metallista.',
            ),
            src('Skellefteå kommun', URL.ronnskar),
          ),
          position: [80, 24, 40],
        },
        {
          id: 'ronnskar-repository',
          title: t3('A deep repository', 'Ett djupförvar', 'Syväsijoitustila'),
          body: cite(
            t3(
              'What cannot be made into products is to go to a permanent underground repository for hazardous waste: a ramp some 330 metres down into the rock, leading to storage halls about 200 metres long and 15–17 metres high, planned to cover the needs of at least forty years. Boliden calls it unique; the closest comparison is the final repository for spent nuclear fuel.',
              'Det som inte kan bli produkter ska deponeras i ett permanent underjordiskt förvar för farligt avfall: en ramp ungefär 330 meter ner i berget leder till förvaringsrum som är cirka 200 meter långa och 15–17 meter höga, dimensionerade för behovet under minst fyrtio år. Boliden kallar förvaret unikt; det närmaste som liknar det är slutförvaret för använt kärnbränsle.',
              'Se, mistä ei voida tehdä tuotteita, sijoitetaan pysyvästi maanalaiseen vaarallisen jätteen loppusijoitustilaan: noin 330 metrin syvyyteen kallioon johtava ramppi vie noin 200 metriä pitkiin ja 15–17 metriä korkeisiin varastohalleihin, jotka on mitoitettu vähintään neljänkymmenen vuoden tarpeisiin. Boliden kutsuu sitä ainutlaatuiseksi; lähin vertailukohta on käytetyn ydinpolttoaineen loppusijoitus.',
            ),
            src('Skellefteå kommun', URL.ronnskar),
          ),
          position: [-120, 26, 120],
        },
      ],
    },
    {
      site: site('ornskoldsvik'),
      title: t3('Örnsköldsvik', 'Örnsköldsvik', 'Örnsköldsvik'),
      description: t3(
        'A town on the High Coast with a biorefinery cluster; from here the visit continues inside the RISE Processum pilot hall.',
        'En stad vid Höga kusten med ett bioraffinaderikluster; härifrån fortsätter besöket inne i RISE Processums pilothall.',
        'Korkean rannikon kaupunki ja biojalostusklusteri; täältä vierailu jatkuu RISE Processumin pilottihallin sisällä.',
      ),
      cards: [
        {
          id: 'jobba-och-lev',
          title: t3('Jobba & Lev: work and live in Örnsköldsvik', 'Jobba & Lev i Örnsköldsvik', 'Jobba & Lev: töihin ja asumaan Örnsköldsvikiin'),
          body: cite(
            t3(
              'Jobba & Lev ("work & live") is a platform that serves as a shared shop window for life in Örnsköldsvik municipality, with a focus on the labour market. More than half of the municipality’s inhabitants live in the countryside, and a project of local associations, employers and the municipality added countryside content and services for people moving here, such as a relocation guide.',
              'Jobba & Lev är en plattform som fungerar som ett gemensamt skyltfönster för livet i Örnsköldsviks kommun, med fokus på arbetsmarknaden. Mer än hälften av kommunens invånare bor på landsbygden, och ett projekt med bygdeföreningar, arbetsgivare och kommunen har lagt till landsbygdsinnehåll och tjänster för inflyttare, till exempel en inflyttarlots.',
              'Jobba & Lev ("tee töitä ja elä") on alusta, joka toimii yhteisenä näyteikkunana elämään Örnsköldsvikin kunnassa ja keskittyy työmarkkinoihin. Yli puolet kunnan asukkaista asuu maaseudulla, ja kyläyhdistysten, työnantajien ja kunnan hanke on lisännyt alustalle maaseutusisältöä ja palveluja muuttajille, kuten muuttoneuvojan.',
            ),
            src('Leader Höga Kusten', URL.jobbaLev),
          ),
          position: [-26, 30, 10],
        },
        {
          id: 'rise-processum',
          title: t3('RISE Processum', 'RISE Processum', 'RISE Processum'),
          body: cite(
            t3(
              'RISE Processum in Örnsköldsvik develops concepts for the biorefineries of the future, with the motto "anything that can be done by oil can be done better by the forest". In June 2022 ground was broken here for a new pilot hall, a national node where research and industry scale up processes that turn biomass into fuels, chemicals and materials. Follow the link next to this card to tour an illustrative pilot hall in 3D.',
              'RISE Processum i Örnsköldsvik utvecklar koncept för framtidens bioraffinaderier, med mottot "allt som kan göras av olja kan göras bättre av skogen". I juni 2022 togs första spadtaget här för en ny pilothall, en nationell nod där forskning och industri skalar upp processer som gör biomassa till bränslen, kemikalier och material. Följ länken bredvid kortet för att besöka en illustrativ pilothall i 3D.',
              'RISE Processum Örnsköldsvikissä kehittää tulevaisuuden biojalostamojen konsepteja tunnuslauseella "kaiken, minkä voi tehdä öljystä, voi tehdä paremmin metsästä". Kesäkuussa 2022 tänne aloitettiin uuden pilottihallin rakentaminen. Se on kansallinen solmukohta, jossa tutkimus ja teollisuus kasvattavat biomassasta polttoaineita, kemikaaleja ja materiaaleja tuottavien prosessien mittakaavaa. Seuraa kortin vieressä olevaa linkkiä tutustuaksesi havainnolliseen pilottihalliin 3D:nä.',
            ),
            src('RISE', URL.riseHall),
            src('RISE', URL.riseMotto),
          ),
          position: [110, 20, 40],
        },
      ],
    },
  ];
}

/** The manifest: stops in sequence, each linking to the next and back, the last into the pilot-hall tour. */
export function buildNorthernSwedenTour(sites: Record<string, Site>): TourInput {
  const all = stops(sites);
  const scenes = all.map((stop, i) => {
    const next = all[i + 1];
    const previous = all[i - 1];
    const { camera } = stop.site;
    // Links float near the start camera's side of the plate, where they are easy to find.
    const near = (side: number): V3 => {
      const d = Math.hypot(camera.position[0], camera.position[2]) || 1;
      const r = 0.55 * d;
      const a = Math.atan2(camera.position[2], camera.position[0]) + side * 0.5;
      return [Math.round(Math.cos(a) * r), 12, Math.round(Math.sin(a) * r)];
    };
    const links = [
      ...(previous
        ? [{ id: `${stop.site.id}-back`, type: 'link' as const, title: t3(`Back: ${previous.title.en}`, `Tillbaka: ${previous.title.sv}`, `Takaisin: ${previous.title.fi}`), position: near(1), target: previous.site.id, role: 'back' as const }]
        : []),
      ...(next
        ? [{ id: `${stop.site.id}-next`, type: 'link' as const, title: t3(`Next: ${next.title.en}`, `Nästa: ${next.title.sv}`, `Seuraava: ${next.title.fi}`), position: near(-1), target: next.site.id, role: 'next' as const }]
        : [
            {
              id: `${stop.site.id}-to-pilot-hall`,
              type: 'link' as const,
              title: t3('Enter the RISE Processum pilot hall', 'Gå in i RISE Processums pilothall', 'Siirry RISE Processumin pilottihalliin'),
              position: [118, 26, 40] as V3,
              tour: 'processum',
              target: 'hall',
            },
          ]),
    ];
    return {
      id: stop.site.id,
      type: 'model' as const,
      title: stop.title,
      description: stopOf(i + 1, all.length, stop.description),
      model: `../../${siteModelPath(stop.site.id)}`,
      camera,
      hotspots: [...stop.cards.map((c) => ({ id: c.id, type: 'info' as const, title: c.title, body: c.body, position: c.position })), ...links],
    };
  });
  return {
    $schema: '../../tour.schema.json',
    id: NS_TOUR_ID,
    title: t3('Northern Sweden virtual visit', 'Virtuellt besök i norra Sverige', 'Virtuaalivierailu Pohjois-Ruotsiin'),
    description: t3(
      'A journey along the coast of northern Sweden, from Umeå to Örnsköldsvik: an industrial area and its energy supply, a timber high-rise, a battery factory, a copper smelter that recycles electronics, and a biorefinery cluster. The 3D models are simplified illustrations generated for this demo, not surveys of the real sites; the facts on the cards come from the public sources each card cites.',
      'En resa längs norrlandskusten från Umeå till Örnsköldsvik: ett industriområde och dess energiförsörjning, ett höghus i trä, en batterifabrik, ett kopparsmältverk som återvinner elektronik och ett bioraffinaderikluster. 3D-modellerna är förenklade illustrationer som genererats för den här demon, inte inmätningar av de verkliga platserna; uppgifterna på korten kommer från de offentliga källor som varje kort anger.',
      'Matka Pohjois-Ruotsin rannikkoa pitkin Uumajasta Örnsköldsvikiin: teollisuusalue ja sen energiahuolto, puukerrostalo, akkutehdas, elektroniikkaa kierrättävä kuparisulatto ja biojalostusklusteri. 3D-mallit ovat tätä demoa varten generoituja yksinkertaistettuja havainnekuvia, eivät mittauksia todellisista kohteista; korttien tiedot ovat peräisin kunkin kortin mainitsemista julkisista lähteistä.',
    ),
    defaultLanguage: 'en',
    languages: ['en', 'sv', 'fi'],
    startScene: all[0]!.site.id,
    scenes,
    map: {
      image: NS_MAP_FILE,
      width: MAP_WIDTH,
      height: MAP_HEIGHT,
      imageAlt: t3(
        'Stylised map of the coast of northern Sweden from Örnsköldsvik in the south to Skellefteå in the north, with the stops of the tour.',
        'Stiliserad karta över norrlandskusten från Örnsköldsvik i söder till Skellefteå i norr, med visningens stopp.',
        'Tyylitelty kartta Pohjois-Ruotsin rannikosta Örnsköldsvikistä etelässä Skellefteåan pohjoisessa, kierroksen pysähdyspaikat merkittyinä.',
      ),
      places: PLACES.map(({ scene, tour, at, title }) => ({ scene, ...(tour ? { tour } : {}), position: mapPixel(at[0], at[1]), ...(title ? { title } : {}) })),
    },
  };
}
