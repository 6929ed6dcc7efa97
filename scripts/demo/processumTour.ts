/** The Processum tour manifest: scenes, standpoints and trilingual hotspot cards. */
import type { TourInput } from '../../src/tour/schema';
import { DEG, type V3, round, sub } from './vec';
import { POS } from './building';
import { type PanoramaSpec } from './panorama';
import { HALL_CAMERA, THUMB } from './thumbnail';

export type T3 = { en: string; sv: string; fi: string };
export const t3 = (en: string, sv: string, fi: string): T3 => ({ en, sv, fi });

/** Yaw/pitch (degrees) from a panorama standpoint towards a point in the model. */
export function lookAt(from: V3, to: V3): { yaw: number; pitch: number } {
  const d = sub(to, from);
  return {
    yaw: round(Math.atan2(d[0], -d[2]) / DEG, 1),
    pitch: round(Math.atan2(d[1], Math.hypot(d[0], d[2])) / DEG, 1),
  };
}
export const v3 = (p: V3): V3 => [round(p[0], 2), round(p[1], 2), round(p[2], 2)];

export const PANORAMAS: PanoramaSpec[] = [
  { id: 'pretreatment', file: 'processum-pretreatment.jpg', standpoint: [-5.5, 1.6, -2.0] },
  { id: 'process-floor', file: 'processum-process-floor.jpg', standpoint: [2.0, 1.6, 8.5] },
];

/** What each piece of equipment is, in three languages. */
export const TEXT = {
  reactor: {
    title: t3('Pretreatment reactor', 'Förbehandlingsreaktor', 'Esikäsittelyreaktori'),
    body: t3(
      'Wood chips, sawdust or straw are first impregnated with a catalyst, often a dilute acid, and heated with steam in this pressurised vessel. Pretreatment opens up the tight structure of **lignocellulose**: the hemicellulose dissolves and the cellulose becomes accessible to enzymes. Temperature, residence time and catalyst dose are the main settings a pilot trial varies.',
      'Flis, sågspån eller halm impregneras först med en katalysator, ofta en utspädd syra, och värms med ånga i det här trycksatta kärlet. Förbehandlingen öppnar den täta strukturen i **lignocellulosa**: hemicellulosan löses upp och cellulosan blir åtkomlig för enzymer. Temperatur, uppehållstid och katalysatordos är de viktigaste parametrarna som varieras i ett pilotförsök.',
      'Hake, sahanpuru tai olki kyllästetään ensin katalyytillä, usein laimealla hapolla, ja kuumennetaan höyryllä tässä paineastiassa. Esikäsittely avaa **lignoselluloosan** tiiviin rakenteen: hemiselluloosa liukenee ja selluloosa tulee entsyymien ulottuville. Lämpötila, viipymäaika ja katalyytin annostus ovat tärkeimmät muuttujat, joita pilottikokeessa vaihdellaan.',
    ),
  },
  steamExplosion: {
    title: t3('Steam explosion unit', 'Ångexplosionsenhet', 'Höyryräjäytysyksikkö'),
    body: t3(
      'A plug screw presses the biomass into the tubular reactor, where it is held at high steam pressure, roughly 10–25 bar (180–220 °C), for a few minutes. The blow valve then releases it suddenly into the flash cyclone: the water inside the fibres flashes to steam and tears the material apart. The cyclone separates the steam from the pretreated slurry, which continues to hydrolysis.',
      'En pluggskruv pressar in biomassan i tubreaktorn, där den hålls under högt ångtryck, ungefär 10–25 bar (180–220 °C), i några minuter. Blåsventilen släpper sedan plötsligt ut den i flashcyklonen: vattnet i fibrerna förångas och river sönder materialet. Cyklonen skiljer ångan från den förbehandlade slurryn, som går vidare till hydrolys.',
      'Tulpparuuvi puristaa biomassan putkireaktoriin, jossa sitä pidetään korkeassa höyrynpaineessa, noin 10–25 bar (180–220 °C), muutaman minuutin ajan. Puhallusventtiili päästää sen sitten äkillisesti paisuntasykloniin: kuitujen sisällä oleva vesi höyrystyy ja repii materiaalin rikki. Sykloni erottaa höyryn esikäsitellystä lietteestä, joka jatkaa hydrolyysiin.',
    ),
  },
  hydrolysis: {
    title: t3('Enzymatic hydrolysis', 'Enzymatisk hydrolys', 'Entsymaattinen hydrolyysi'),
    body: t3(
      'In the first stirred tank, cellulase enzymes cut the cellulose chains into **glucose**, typically at around 45–50 °C and slightly acidic pH for one to three days. The jacket keeps the temperature steady while the agitator keeps the thick slurry moving. How much sugar is released per tonne of biomass is one of the key results of a trial.',
      'I den första omrörda tanken klipper cellulasenzymer sönder cellulosakedjorna till **glukos**, vanligen vid cirka 45–50 °C och svagt surt pH under en till tre dagar. Manteln håller temperaturen jämn medan omröraren håller den tjocka slurryn i rörelse. Hur mycket socker som frigörs per ton biomassa är ett av de viktigaste resultaten i ett försök.',
      'Ensimmäisessä sekoitussäiliössä sellulaasientsyymit pilkkovat selluloosaketjut **glukoosiksi**, tyypillisesti noin 45–50 °C:ssa ja lievästi happamassa pH:ssa yhdestä kolmeen päivää. Vaippa pitää lämpötilan tasaisena, ja sekoitin pitää paksun lietteen liikkeessä. Se, kuinka paljon sokeria biomassatonnista vapautuu, on kokeen tärkeimpiä tuloksia.',
    ),
  },
  fermenters: {
    title: t3('Fermentation tanks', 'Fermentorer', 'Fermentorit'),
    body: t3(
      'Yeast or bacteria convert the sugars into **ethanol** or other products such as organic acids, in batches or continuously. The jacketed stainless steel tanks can run hydrolysis and fermentation one after the other or at the same time (SSF). Samples taken through the run show how fast the sugars are consumed and how much product is formed.',
      'Jäst eller bakterier omvandlar sockret till **etanol** eller andra produkter, till exempel organiska syror, satsvis eller kontinuerligt. De mantlade tankarna i rostfritt stål kan köra hydrolys och fermentering efter varandra eller samtidigt (SSF). Prover under körningen visar hur snabbt sockret förbrukas och hur mycket produkt som bildas.',
      'Hiiva tai bakteerit muuttavat sokerit **etanoliksi** tai muiksi tuotteiksi, kuten orgaanisiksi hapoiksi, panoksittain tai jatkuvatoimisesti. Vaipalliset ruostumattomat säiliöt voivat ajaa hydrolyysin ja fermentoinnin peräkkäin tai samanaikaisesti (SSF). Ajon aikana otetut näytteet kertovat, kuinka nopeasti sokerit kuluvat ja kuinka paljon tuotetta syntyy.',
    ),
  },
  storage: {
    title: t3('Storage tanks', 'Lagertankar', 'Varastosäiliöt'),
    body: t3(
      'Intermediate and product tanks buffer the process between steps, so that pretreatment, fermentation and separation can each run at their own pace. They hold for example sugar solution, fermentation broth or product waiting to be shipped to partners for testing. Bunded floors around the tanks contain any leak.',
      'Mellan- och produkttankar buffrar processen mellan stegen, så att förbehandling, fermentering och separation kan köras i sin egen takt. De rymmer till exempel sockerlösning, fermentationsvätska eller produkt som väntar på att skickas till partner för tester. Invallningen runt tankarna samlar upp eventuellt läckage.',
      'Väli- ja tuotesäiliöt puskuroivat prosessia vaiheiden välillä, jotta esikäsittely, fermentointi ja erotus voivat kukin edetä omaan tahtiinsa. Niissä säilytetään esimerkiksi sokeriliuosta, käymisliemeä tai tuotetta, joka odottaa lähetystä kumppaneille testattavaksi. Säiliöiden ympärillä oleva suojavalli kerää mahdolliset vuodot.',
    ),
  },
  pipeRack: {
    title: t3('Pipe rack', 'Rörbrygga', 'Putkisilta'),
    body: t3(
      'The overhead pipe rack carries steam, cooling water, process water, compressed air, fire water and process lines between the units, with cable trays on the upper tier. Keeping utilities overhead leaves the floor free for people, forklifts and new test equipment, which matters in a pilot hall where the set-up changes from project to project.',
      'Rörbryggan ovanför golvet bär ånga, kylvatten, processvatten, tryckluft, brandvatten och processledningar mellan enheterna, med kabelstegar på den övre nivån. När försörjningen går i höjd blir golvet fritt för människor, truckar och ny försöksutrustning, vilket är viktigt i en pilothall där uppställningen ändras från projekt till projekt.',
      'Putkisilta kuljettaa höyryä, jäähdytysvettä, prosessivettä, paineilmaa, sammutusvettä ja prosessilinjoja yksiköiden välillä, ja ylätasolla kulkevat kaapelihyllyt. Kun hyödykkeet kulkevat ylhäällä, lattia jää vapaaksi ihmisille, trukeille ja uusille koelaitteille. Tämä on tärkeää pilottihallissa, jossa kokoonpano muuttuu projektista toiseen.',
    ),
  },
  pumps: {
    title: t3('Process pumps', 'Processpumpar', 'Prosessipumput'),
    body: t3(
      'Centrifugal pumps move liquids and slurries between the tanks and up to the pipe rack. Pumping fibrous, viscous slurries is one of the practical problems a pilot trial reveals long before a full-scale plant is designed.',
      'Centrifugalpumpar flyttar vätskor och slurry mellan tankarna och upp till rörbryggan. Att pumpa fibrig, trögflytande slurry är ett av de praktiska problem som ett pilotförsök avslöjar långt innan en fullskalig anläggning projekteras.',
      'Keskipakopumput siirtävät nesteitä ja lietteitä säiliöiden välillä ja ylös putkisillalle. Kuituisen, viskoosin lietteen pumppaaminen on yksi niistä käytännön ongelmista, jotka pilottikoe paljastaa jo kauan ennen täyden mittakaavan laitoksen suunnittelua.',
    ),
  },
  heatExchanger: {
    title: t3('Heat exchanger', 'Värmeväxlare', 'Lämmönvaihdin'),
    body: t3(
      'This shell-and-tube heat exchanger transfers heat between process streams, for example cooling the hot pretreated slurry to the temperature that enzymes and microorganisms tolerate, while preheating another stream. Good heat recovery is essential for the energy balance of a biorefinery.',
      'Den här tubvärmeväxlaren överför värme mellan processflöden, till exempel kyler den varma förbehandlade slurryn till en temperatur som enzymer och mikroorganismer tål, samtidigt som ett annat flöde förvärms. God värmeåtervinning är avgörande för ett bioraffinaderis energibalans.',
      'Tämä tuubilämmönvaihdin siirtää lämpöä prosessivirtojen välillä. Se esimerkiksi jäähdyttää kuuman esikäsitellyn lietteen lämpötilaan, jonka entsyymit ja mikro-organismit kestävät, ja esilämmittää samalla toista virtaa. Hyvä lämmön talteenotto on biojalostamon energiataseen kannalta ratkaisevaa.',
    ),
  },
  column: {
    title: t3('Distillation column', 'Destillationskolonn', 'Tislauskolonni'),
    body: t3(
      'Separation: the fermentation broth contains only a few per cent ethanol, which is concentrated here by distillation. The reboiler at the base boils the liquid, vapour rich in ethanol rises through the trays and is condensed at the top, and part of it is returned as reflux. The remaining stillage carries the lignin and other solids, which can become fuel or new materials.',
      'Separation: fermentationsvätskan innehåller bara några procent etanol, som koncentreras här genom destillation. Återkokaren vid botten kokar vätskan, ånga rik på etanol stiger genom bottnarna och kondenseras i toppen, och en del av den återförs som återflöde. Drängen som blir kvar innehåller ligninet och andra fasta ämnen, som kan bli bränsle eller nya material.',
      'Erotus: käymisliemessä on vain muutama prosentti etanolia, joka väkevöidään täällä tislaamalla. Kolonnin pohjalla oleva keitin keittää nesteen, etanolipitoinen höyry nousee pohjien läpi ja lauhdutetaan huipulla, ja osa siitä palautetaan palautusvirtana. Jäljelle jäävä rankki sisältää ligniinin ja muut kiintoaineet, joista voidaan tehdä polttoainetta tai uusia materiaaleja.',
    ),
  },
  platform: {
    title: t3('Steel platform and catwalk', 'Stålplattform och gångbrygga', 'Teräslava ja kulkusilta'),
    body: t3(
      'The two-level platform with catwalk and stairs gives operators safe access to manholes, agitator drives, instruments and sampling points at the top of the tanks. Yellow handrails, toe boards and floor markings show walkways and keep people clear of traffic and work zones.',
      'Plattformen i två plan med gångbrygga och trappor ger operatörerna säker åtkomst till manluckor, omrörardrivningar, instrument och provtagningspunkter på tankarnas ovansida. Gula räcken, sparklister och golvmarkeringar visar gångvägar och håller människor borta från trafik- och arbetszoner.',
      'Kaksikerroksinen lava kulkusiltoineen ja portaineen antaa käyttäjille turvallisen pääsyn säiliöiden yläosan miesluukuille, sekoitinkäytöille, mittalaitteille ja näytteenottopisteille. Keltaiset kaiteet, potkulistat ja lattiamerkinnät osoittavat kulkureitit ja pitävät ihmiset poissa liikenne- ja työalueilta.',
    ),
  },
  controlRoom: {
    title: t3('Control room', 'Kontrollrum', 'Valvomo'),
    body: t3(
      'All units are monitored and run from the control room through a distributed control system (DCS). Operators follow temperatures, pressures, flows and levels in real time, and the logged data help partners evaluate their process and plan the scale-up.',
      'Alla enheter övervakas och styrs från kontrollrummet via ett distribuerat styrsystem (DCS). Operatörerna följer temperaturer, tryck, flöden och nivåer i realtid, och de loggade data hjälper partner att utvärdera sin process och planera uppskalningen.',
      'Kaikkia yksiköitä valvotaan ja ajetaan valvomosta hajautetun ohjausjärjestelmän (DCS) avulla. Operaattorit seuraavat lämpötiloja, paineita, virtauksia ja pintoja reaaliajassa, ja tallennetut tiedot auttavat kumppaneita arvioimaan prosessiaan ja suunnittelemaan mittakaavan kasvatusta.',
    ),
  },
};

export function buildTour(): TourInput {
  const [pre, floor] = PANORAMAS as [PanoramaSpec, PanoramaSpec];
  const above = (p: V3, dy: number, dz = 0, dx = 0): V3 => v3([p[0] + dx, p[1] + dy, p[2] + dz]);
  const f = POS.fermenters;
  const info = (id: string, text: { title: T3; body: T3 }, position: V3, extra: Record<string, unknown> = {}) => ({ id, type: 'info' as const, title: text.title, body: text.body, position, ...extra });

  const hallHotspots = [
    info('pretreatment-reactor', TEXT.reactor, above(POS.reactor, 7.3, 0.6)),
    info('steam-explosion-unit', TEXT.steamExplosion, above(POS.steamExplosion, 6.3, 0.6, 1.0)),
    info('enzymatic-hydrolysis', TEXT.hydrolysis, above(f[0]!, 7.9, 0.4)),
    info('fermentation-tanks', TEXT.fermenters, above(f[1]!, 7.9, 0.4)),
    info('storage-tanks', TEXT.storage, above(POS.storage[1]!, 7.6, 0.4)),
    info('pipe-rack', TEXT.pipeRack, v3([-9.8, 6.4, 1.5])),
    info('process-pumps', TEXT.pumps, above(POS.pumps[1]!, 1.4, 0.5)),
    info('heat-exchanger', TEXT.heatExchanger, above(POS.heatExchanger, 2.0, 0.4)),
    info('distillation-column', TEXT.column, above(POS.column, 11.0, 0.3)),
    info('steel-platform', TEXT.platform, v3([4.5, 3.9, -3.2])),
    info('control-room', TEXT.controlRoom, above(POS.controlRoom, 4.4, 1.0, 1.0), {
      links: [{ label: t3('About RISE Processum', 'Om RISE Processum', 'Tietoa RISE Processumista'), url: 'https://www.processum.se' }],
    }),
    {
      id: 'to-pretreatment-view',
      type: 'link' as const,
      title: t3('360° view: pretreatment and steam explosion', '360°-vy: förbehandling och ångexplosion', '360°-näkymä: esikäsittely ja höyryräjäytys'),
      position: v3([pre.standpoint[0], 2.2, pre.standpoint[2]]),
      target: pre.id,
    },
    {
      id: 'to-process-floor-view',
      type: 'link' as const,
      title: t3('360° view: pumps, heat exchanger and distillation', '360°-vy: pumpar, värmeväxlare och destillation', '360°-näkymä: pumput, lämmönvaihdin ja tislaus'),
      position: v3([floor.standpoint[0], 2.2, floor.standpoint[2]]),
      target: floor.id,
    },
  ];

  const backToHall = t3('Back to the hall overview', 'Tillbaka till översikten', 'Takaisin hallin yleiskuvaan');
  const pretreatmentScene = {
    id: pre.id,
    type: 'panorama' as const,
    title: t3('Pretreatment and steam explosion', 'Förbehandling och ångexplosion', 'Esikäsittely ja höyryräjäytys'),
    description: t3(
      'Standing on the walkway in front of the process line: biomass hopper and pretreatment reactor to the left, the steam explosion unit ahead and the fermentation tanks with their platform to the right.',
      'Du står på gångvägen framför processlinjen: biomassafickan och förbehandlingsreaktorn till vänster, ångexplosionsenheten rakt fram och fermentorerna med sin plattform till höger.',
      'Seisot kulkureitillä prosessilinjan edessä: biomassasiilo ja esikäsittelyreaktori vasemmalla, höyryräjäytysyksikkö edessä ja fermentorit lavoineen oikealla.',
    ),
    image: `../../panoramas/${pre.file}`,
    view: { yaw: -30, pitch: 8, fov: 80 },
    standpoint: { scene: 'hall', position: v3(pre.standpoint) },
    hotspots: [
      {
        id: 'pretreatment-view-reactor',
        type: 'info' as const,
        title: TEXT.reactor.title,
        body: t3(
          'The tall insulated vessel is the pretreatment reactor; the screw feeder on the left lifts biomass into it from the hopper. Here chips are soaked with catalyst and heated with steam so that the lignocellulose starts to break down.',
          'Det höga isolerade kärlet är förbehandlingsreaktorn; skruvtransportören till vänster lyfter in biomassa i den från fickan. Här blötläggs flisen med katalysator och värms med ånga så att lignocellulosan börjar brytas ned.',
          'Korkea eristetty astia on esikäsittelyreaktori; vasemmalla oleva ruuvikuljetin nostaa siihen biomassaa siilosta. Täällä hake kyllästetään katalyytillä ja kuumennetaan höyryllä, jotta lignoselluloosa alkaa hajota.',
        ),
        ...lookAt(pre.standpoint, [POS.reactor[0], 4.5, POS.reactor[2]]),
      },
      {
        id: 'pretreatment-view-steam-explosion',
        type: 'info' as const,
        title: TEXT.steamExplosion.title,
        body: t3(
          'On the blue frame sits the tubular steam reactor; to its right is the flash cyclone. When the blow valve opens, the pressure drops from around 20 bar to atmospheric in a fraction of a second and the fibres burst apart.',
          'På den blå stålramen ligger tubreaktorn för ånga; till höger om den står flashcyklonen. När blåsventilen öppnas faller trycket från runt 20 bar till atmosfärstryck på en bråkdel av en sekund och fibrerna sprängs isär.',
          'Sinisen teräskehikon päällä on höyryputkireaktori ja sen oikealla puolella paisuntasykloni. Kun puhallusventtiili aukeaa, paine putoaa noin 20 barista ilmakehän paineeseen sekunnin murto-osassa ja kuidut repeävät.',
        ),
        ...lookAt(pre.standpoint, [POS.steamExplosion[0] - 0.8, 4.6, POS.steamExplosion[2]]),
      },
      {
        id: 'pretreatment-view-fermenters',
        type: 'info' as const,
        title: TEXT.fermenters.title,
        body: t3(
          'The pretreated slurry is pumped over the top into the first stirred tank for enzymatic hydrolysis, and the sugars are then fermented in the tanks behind the platform.',
          'Den förbehandlade slurryn pumpas över toppen in i den första omrörda tanken för enzymatisk hydrolys, och sockret fermenteras sedan i tankarna bakom plattformen.',
          'Esikäsitelty liete pumpataan yläkautta ensimmäiseen sekoitussäiliöön entsymaattista hydrolyysiä varten, ja sokerit fermentoidaan sen jälkeen lavan takana olevissa säiliöissä.',
        ),
        ...lookAt(pre.standpoint, [f[0]![0], 4.0, f[0]![2]]),
      },
      { id: 'pretreatment-view-to-hall', type: 'link' as const, title: backToHall, yaw: -150, pitch: -30, target: 'hall' },
      {
        id: 'pretreatment-view-to-process-floor',
        type: 'link' as const,
        title: t3('Walk to the pumps and the distillation column', 'Gå till pumparna och destillationskolonnen', 'Siirry pumppujen ja tislauskolonnin luo'),
        ...lookAt(pre.standpoint, [floor.standpoint[0], 0.4, floor.standpoint[2]]),
        target: floor.id,
      },
    ],
  };

  const processFloorScene = {
    id: floor.id,
    type: 'panorama' as const,
    title: t3('Pumps, heat exchanger and distillation', 'Pumpar, värmeväxlare och destillation', 'Pumput, lämmönvaihdin ja tislaus'),
    description: t3(
      'The south aisle of the hall: process pumps and the pipe rack ahead, the heat exchanger and the control room to the left, the distillation column and a storage tank to the right.',
      'Hallens södra gång: processpumparna och rörbryggan framför dig, värmeväxlaren och kontrollrummet till vänster, destillationskolonnen och en lagertank till höger.',
      'Hallin eteläinen käytävä: prosessipumput ja putkisilta edessä, lämmönvaihdin ja valvomo vasemmalla, tislauskolonni ja varastosäiliö oikealla.',
    ),
    image: `../../panoramas/${floor.file}`,
    view: { yaw: 0, pitch: 5, fov: 80 },
    standpoint: { scene: 'hall', position: v3(floor.standpoint) },
    hotspots: [
      {
        id: 'process-floor-view-pumps',
        type: 'info' as const,
        title: TEXT.pumps.title,
        body: t3(
          'Each pump has a blue electric motor, a yellow coupling guard and a stainless steel pump casing. The discharge lines rise to the pipe rack, which distributes the liquids to the tanks.',
          'Varje pump har en blå elmotor, ett gult kopplingsskydd och ett pumphus i rostfritt stål. Tryckledningarna går upp till rörbryggan, som fördelar vätskorna till tankarna.',
          'Jokaisessa pumpussa on sininen sähkömoottori, keltainen kytkimen suojus ja ruostumattomasta teräksestä valmistettu pumppupesä. Paineputket nousevat putkisillalle, joka jakaa nesteet säiliöihin.',
        ),
        ...lookAt(floor.standpoint, [POS.pumps[1]![0], 0.5, POS.pumps[1]![2]]),
      },
      {
        id: 'process-floor-view-heat-exchanger',
        type: 'info' as const,
        title: TEXT.heatExchanger.title,
        body: t3(
          'One fluid flows through the bundle of tubes inside the shell and the other around them. Recovering heat here instead of dumping it to cooling water saves steam elsewhere in the plant.',
          'Det ena mediet strömmar genom tubknippet inne i manteln och det andra runt tuberna. Att återvinna värmen här i stället för att kyla bort den sparar ånga på andra ställen i anläggningen.',
          'Toinen aine virtaa vaipan sisällä olevan putkinipun läpi ja toinen putkien ympäri. Kun lämpö otetaan talteen eikä sitä jäähdytetä pois, höyryä säästyy muualla laitoksessa.',
        ),
        ...lookAt(floor.standpoint, [POS.heatExchanger[0], 1.3, POS.heatExchanger[2]]),
      },
      {
        id: 'process-floor-view-column',
        type: 'info' as const,
        title: TEXT.column.title,
        body: t3(
          'The slim column concentrates ethanol from the fermentation broth. The condenser hangs beside the top and the reboiler stands at the foot of the column.',
          'Den smala kolonnen koncentrerar etanol ur fermentationsvätskan. Kondensorn hänger bredvid toppen och återkokaren står vid kolonnens fot.',
          'Kapea kolonni väkevöi etanolin käymisliemestä. Lauhdutin riippuu huipun vieressä ja keitin seisoo kolonnin juurella.',
        ),
        ...lookAt(floor.standpoint, [POS.column[0], 5.0, POS.column[2]]),
      },
      { id: 'process-floor-view-to-hall', type: 'link' as const, title: backToHall, yaw: 180, pitch: -30, target: 'hall' },
      {
        id: 'process-floor-view-to-pretreatment',
        type: 'link' as const,
        title: t3('Walk to pretreatment and steam explosion', 'Gå till förbehandlingen och ångexplosionen', 'Siirry esikäsittelyn ja höyryräjäytyksen luo'),
        ...lookAt(floor.standpoint, [pre.standpoint[0], 0.4, pre.standpoint[2]]),
        target: pre.id,
      },
    ],
  };

  return {
    $schema: '../../tour.schema.json',
    id: 'processum',
    title: t3('RISE Processum – biorefinery pilot hall', 'RISE Processum – pilothall för bioraffinaderi', 'RISE Processum – biojalostamon pilottihalli'),
    description: t3(
      'An illustrative virtual tour of a biorefinery pilot hall modelled on RISE Processum in Örnsköldsvik, Sweden: a pilot and demo environment where forest biomass is turned into fuels, chemicals and materials. The 3D model and the 360° views are simplified, generated illustrations, not a survey of the real plant.',
      'En illustrativ virtuell visning av en pilothall för bioraffinaderi med RISE Processum i Örnsköldsvik som förebild: en pilot- och demomiljö där skogsbiomassa blir bränslen, kemikalier och material. 3D-modellen och 360°-vyerna är förenklade, genererade illustrationer, inte en inmätning av den verkliga anläggningen.',
      'Havainnollistava virtuaalikierros biojalostamon pilottihalliin, jonka esikuvana on RISE Processum Örnsköldsvikissä Ruotsissa: pilotti- ja demoympäristö, jossa metsäbiomassasta valmistetaan polttoaineita, kemikaaleja ja materiaaleja. 3D-malli ja 360°-näkymät ovat yksinkertaistettuja, generoituja havainnekuvia, eivät mittauksia todellisesta laitoksesta.',
    ),
    defaultLanguage: 'en',
    languages: ['en', 'sv', 'fi'],
    startScene: 'hall',
    scenes: [
      {
        id: 'hall',
        type: 'model',
        title: t3('Pilot hall overview', 'Översikt över pilothallen', 'Pilottihallin yleiskuva'),
        description: t3(
          'Orbit around the hall and open the markers to learn what each unit does. The process runs from the biomass hopper in the north-west corner through pretreatment and steam explosion to hydrolysis, fermentation and distillation. The roof and the near walls are left out so that you can see inside.',
          'Rotera runt hallen och öppna markeringarna för att se vad varje enhet gör. Processen går från biomassafickan i nordvästra hörnet via förbehandling och ångexplosion till hydrolys, fermentering och destillation. Taket och de närmaste väggarna är borttagna så att du kan se in.',
          'Kierrä hallia ja avaa merkinnät nähdäksesi, mitä kukin yksikkö tekee. Prosessi etenee luoteiskulman biomassasiilosta esikäsittelyn ja höyryräjäytyksen kautta hydrolyysiin, fermentointiin ja tislaukseen. Katto ja lähimmät seinät on jätetty pois, jotta näet sisään.',
        ),
        model: '../../models/pilot-hall.glb',
        thumbnail: THUMB.file,
        camera: { position: HALL_CAMERA.position, target: HALL_CAMERA.target, fov: HALL_CAMERA.fov },
        eyeHeight: 1.6,
        hotspots: hallHotspots,
      },
      pretreatmentScene,
      processFloorScene,
    ],
  };
}
