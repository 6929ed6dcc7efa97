/** The Processum tour manifest: scenes, standpoints and trilingual hotspot cards. */
import type { TourInput } from '../../src/tour/schema';
import { DEG, type V3, round, sub } from './vec';
import { POS } from './building';
import { type PanoramaSpec } from './panorama';
import { tilesDirName } from './tiles';
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
  // on the upper catwalk (deck at 5.4 m), between the second and third fermenter
  { id: 'platform', file: 'processum-platform.jpg', standpoint: [5.75, 7.0, -5.4] },
  { id: 'tank-farm', file: 'processum-tank-farm.jpg', standpoint: [12.0, 1.6, -1.8] },
];

/** What each piece of equipment is, in three languages. */
export const TEXT = {
  hopper: {
    title: t3('Biomass hopper', 'Biomassaficka', 'Biomassasiilo'),
    body: t3(
      'Wood chips, sawdust, bark or straw arrive in big bags or by truck and are tipped into this hopper. From here a screw conveys them at a steady rate to pretreatment. Moisture content and particle size are measured on the way in, because both affect every later step.',
      'Flis, sågspån, bark eller halm kommer i storsäckar eller med lastbil och tippas i den här fickan. Härifrån matar en skruv dem i jämn takt till förbehandlingen. Fukthalt och partikelstorlek mäts redan vid mottagningen, eftersom båda påverkar alla senare steg.',
      'Hake, sahanpuru, kuori tai olki tuodaan suursäkeissä tai kuorma-autolla ja kipataan tähän siiloon. Siitä ruuvi syöttää ne tasaisella nopeudella esikäsittelyyn. Kosteus ja palakoko mitataan jo vastaanotossa, koska molemmat vaikuttavat kaikkiin myöhempiin vaiheisiin.',
    ),
  },
  screwFeeder: {
    title: t3('Screw feeder', 'Skruvmatare', 'Ruuvisyötin'),
    body: t3(
      'The inclined screw conveyor lifts biomass from the hopper to the top of the pretreatment reactor. Its speed sets the feed rate of the whole line, so it is one of the first things operators adjust when a trial starts.',
      'Den lutande skruvtransportören lyfter biomassan från fickan upp till förbehandlingsreaktorns topp. Dess varvtal bestämmer hela linjens matningstakt, så den är bland det första operatörerna justerar när ett försök startar.',
      'Vino ruuvikuljetin nostaa biomassan siilosta esikäsittelyreaktorin yläosaan. Sen nopeus määrää koko linjan syöttönopeuden, joten sitä operaattorit säätävät ensimmäisten joukossa kokeen alkaessa.',
    ),
  },
  decanter: {
    title: t3('Decanter centrifuge', 'Dekantercentrifug', 'Dekantterilinko'),
    body: t3(
      'Separation of solids and liquid: the horizontal bowl spins at a few thousand revolutions per minute, so the solids are flung to the wall and carried out by a scroll while the clear liquid flows out at the other end. After fermentation it separates the lignin-rich solids from the liquid, which goes on to distillation; the solids can be dried and used as fuel or as raw material for new products.',
      'Separation av fast och flytande: den liggande trumman roterar med några tusen varv per minut, så att de fasta partiklarna slungas mot väggen och förs ut av en skruv medan den klara vätskan rinner ut i andra änden. Efter fermenteringen skiljer den de ligninrika fasta ämnena från vätskan, som går vidare till destillation; de fasta ämnena kan torkas och användas som bränsle eller som råvara för nya produkter.',
      'Kiintoaineen ja nesteen erotus: vaakasuora rumpu pyörii muutaman tuhannen kierroksen minuuttinopeudella, jolloin kiintoaine sinkoutuu seinämälle ja ruuvi kuljettaa sen ulos, ja kirkas neste virtaa ulos toisesta päästä. Fermentoinnin jälkeen se erottaa ligniinipitoisen kiintoaineen nesteestä, joka jatkaa tislaukseen; kiintoaine voidaan kuivata ja käyttää polttoaineena tai uusien tuotteiden raaka-aineena.',
    ),
  },
  ibcs: {
    title: t3('Chemical storage', 'Kemikalieförråd', 'Kemikaalivarasto'),
    body: t3(
      'Process chemicals such as acids, bases, nutrients and antifoam are kept in 1,000-litre IBC containers on a bunded area marked on the floor. Dosing pumps take what each trial needs from here, and the bund would contain a leak.',
      'Processkemikalier som syror, baser, näringsämnen och skumdämpare förvaras i IBC-behållare på 1 000 liter på en invallad yta som är markerad på golvet. Doseringspumpar tar härifrån det som varje försök behöver, och invallningen samlar upp ett eventuellt läckage.',
      'Prosessikemikaalit, kuten hapot, emäkset, ravinteet ja vaahdonestoaineet, säilytetään 1 000 litran IBC-konteissa lattiaan merkityllä, suojavallilla varustetulla alueella. Annostelupumput ottavat täältä sen, mitä kukin koe tarvitsee, ja suojavalli keräisi mahdollisen vuodon.',
    ),
  },
  walkways: {
    title: t3('Walkways and floor markings', 'Gångvägar och golvmarkeringar', 'Kulkureitit ja lattiamerkinnät'),
    body: t3(
      'Yellow lines mark the walkways and the zones around equipment, tank bunds and chemical storage. Visitors and operators stay on the marked walkways, and everyone wears the protective equipment that each zone requires.',
      'Gula linjer markerar gångvägarna och zonerna kring utrustning, tankinvallningar och kemikalieförråd. Besökare och operatörer håller sig på de markerade gångvägarna, och alla bär den skyddsutrustning som varje zon kräver.',
      'Keltaiset viivat merkitsevät kulkureitit sekä laitteiden, säiliövallien ja kemikaalivaraston ympärillä olevat alueet. Vierailijat ja operaattorit pysyvät merkityillä kulkureiteillä, ja kaikki käyttävät kunkin alueen vaatimia suojavarusteita.',
    ),
  },
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
  const [pre, floor, platform, tanks] = PANORAMAS as [PanoramaSpec, PanoramaSpec, PanoramaSpec, PanoramaSpec];
  const above = (p: V3, dy: number, dz = 0, dx = 0): V3 => v3([p[0] + dx, p[1] + dy, p[2] + dz]);
  const f = POS.fermenters;
  const info = (id: string, text: { title: T3; body: T3 }, position: V3, extra: Record<string, unknown> = {}) => ({ id, type: 'info' as const, title: text.title, body: text.body, position, ...extra });

  const hallHotspots = [
    info('biomass-hopper', TEXT.hopper, above(POS.hopper, 5.9, 0.6)),
    info('screw-feeder', TEXT.screwFeeder, v3([-15.4, 4.4, -7.0])),
    info('pretreatment-reactor', TEXT.reactor, above(POS.reactor, 7.3, 0.6)),
    info('steam-explosion-unit', TEXT.steamExplosion, above(POS.steamExplosion, 6.3, 0.6, 1.0)),
    info('enzymatic-hydrolysis', TEXT.hydrolysis, above(f[0]!, 7.9, 0.4)),
    info('fermentation-tanks', TEXT.fermenters, above(f[1]!, 7.9, 0.4)),
    info('storage-tanks', TEXT.storage, above(POS.storage[1]!, 7.6, 0.4)),
    info('pipe-rack', TEXT.pipeRack, v3([-9.8, 6.4, 1.5])),
    info('process-pumps', TEXT.pumps, above(POS.pumps[1]!, 1.4, 0.5)),
    info('heat-exchanger', TEXT.heatExchanger, above(POS.heatExchanger, 2.0, 0.4)),
    info('decanter-centrifuge', TEXT.decanter, above(POS.decanter, 2.2)),
    info('distillation-column', TEXT.column, above(POS.column, 11.0, 0.3)),
    info('steel-platform', TEXT.platform, v3([4.5, 3.9, -3.2])),
    info('chemical-storage', TEXT.ibcs, above(POS.ibc, 2.0, 0.3)),
    info('walkways', TEXT.walkways, v3([-9.75, 0.3, 0.9])),
    info('control-room', TEXT.controlRoom, above(POS.controlRoom, 4.4, 1.0, 1.0), {
      links: [{ label: t3('About RISE Processum', 'Om RISE Processum', 'Tietoa RISE Processumista'), url: 'https://www.processum.se' }],
    }),
  ];

  /**
   * A panorama taken inside the hall. Its cards are not authored here: the
   * viewer gives it the hall's hotspots near the standpoint (src/tour/standpoints.ts).
   * Only the walks to the other standpoints are links of its own.
   */
  const panoramaScene = (spec: PanoramaSpec, title: T3, description: T3, view: { yaw: number; pitch: number }, walks: { to: PanoramaSpec; title: T3 }[]) => ({
    id: spec.id,
    type: 'panorama' as const,
    title,
    description,
    image: `../../panoramas/${spec.file}`,
    tiles: `../../panoramas/${tilesDirName(spec.file)}/tiles.json`,
    view: { ...view, fov: 80 },
    standpoint: { scene: 'hall', position: v3(spec.standpoint) },
    hotspots: walks.map(({ to, title: walkTitle }) => ({
      id: `${spec.id}-to-${to.id}`,
      type: 'link' as const,
      title: walkTitle,
      ...lookAt(spec.standpoint, [to.standpoint[0], to.standpoint[1] - 1.2, to.standpoint[2]]),
      target: to.id,
    })),
  });
  const walkTo = {
    pre: { to: pre, title: t3('Walk to pretreatment and steam explosion', 'Gå till förbehandlingen och ångexplosionen', 'Siirry esikäsittelyn ja höyryräjäytyksen luo') },
    floor: { to: floor, title: t3('Walk to the pumps and the distillation column', 'Gå till pumparna och destillationskolonnen', 'Siirry pumppujen ja tislauskolonnin luo') },
    platform: { to: platform, title: t3('Climb to the platform', 'Gå upp på plattformen', 'Nouse lavalle') },
    tanks: { to: tanks, title: t3('Walk to the storage tanks', 'Gå till lagertankarna', 'Siirry varastosäiliöiden luo') },
  };

  const pretreatmentScene = panoramaScene(
    pre,
    t3('Pretreatment and steam explosion', 'Förbehandling och ångexplosion', 'Esikäsittely ja höyryräjäytys'),
    t3(
      'Standing on the walkway in front of the process line: biomass hopper and pretreatment reactor to the left, the steam explosion unit ahead and the fermentation tanks with their platform to the right.',
      'Du står på gångvägen framför processlinjen: biomassafickan och förbehandlingsreaktorn till vänster, ångexplosionsenheten rakt fram och fermentorerna med sin plattform till höger.',
      'Seisot kulkureitillä prosessilinjan edessä: biomassasiilo ja esikäsittelyreaktori vasemmalla, höyryräjäytysyksikkö edessä ja fermentorit lavoineen oikealla.',
    ),
    { yaw: -30, pitch: 8 },
    [walkTo.platform, walkTo.floor],
  );
  const platformScene = panoramaScene(
    platform,
    t3('Platform and fermenter tops', 'Plattformen och fermentorernas toppar', 'Lava ja fermentorien yläosat'),
    t3(
      'On the upper catwalk of the steel platform, level with the tops of the fermentation tanks: agitator drives and manholes in front of you, the steam explosion unit and the pretreatment reactor further west, the pipe rack below.',
      'På den övre gångbryggan på stålplattformen, i höjd med fermentorernas toppar: omrörardrivningar och manluckor framför dig, ångexplosionsenheten och förbehandlingsreaktorn längre västerut, rörbryggan under dig.',
      'Teräslavan ylemmällä kulkusillalla fermentorien yläosien tasalla: sekoitinkäytöt ja miesluukut edessäsi, höyryräjäytysyksikkö ja esikäsittelyreaktori kauempana lännessä, putkisilta alapuolellasi.',
    ),
    { yaw: -60, pitch: -8 },
    [walkTo.pre, walkTo.tanks],
  );
  const tanksScene = panoramaScene(
    tanks,
    t3('Storage tanks and pipe rack', 'Lagertankar och rörbrygga', 'Varastosäiliöt ja putkisilta'),
    t3(
      'At the east end of the process walkway: the tall storage tanks stand ahead in their bund, the pipe rack crosses overhead and the distillation column rises behind you to the south-west.',
      'I östra änden av processgångvägen: de höga lagertankarna står framför dig i sin invallning, rörbryggan korsar ovanför och destillationskolonnen reser sig bakom dig åt sydväst.',
      'Prosessikulkureitin itäpäässä: korkeat varastosäiliöt seisovat edessäsi suojavallissaan, putkisilta kulkee yläpuolella ja tislauskolonni kohoaa takanasi lounaassa.',
    ),
    { yaw: 45, pitch: 10 },
    [walkTo.platform, walkTo.floor],
  );
  const processFloorScene = panoramaScene(
    floor,
    t3('Pumps, heat exchanger and distillation', 'Pumpar, värmeväxlare och destillation', 'Pumput, lämmönvaihdin ja tislaus'),
    t3(
      'The south aisle of the hall: process pumps and the pipe rack ahead, the heat exchanger and the control room to the left, the distillation column and a storage tank to the right, the decanter centrifuge just behind you.',
      'Hallens södra gång: processpumparna och rörbryggan framför dig, värmeväxlaren och kontrollrummet till vänster, destillationskolonnen och en lagertank till höger, dekantercentrifugen strax bakom dig.',
      'Hallin eteläinen käytävä: prosessipumput ja putkisilta edessä, lämmönvaihdin ja valvomo vasemmalla, tislauskolonni ja varastosäiliö oikealla, dekantterilinko aivan takanasi.',
    ),
    { yaw: 0, pitch: 5 },
    [walkTo.pre, walkTo.tanks],
  );
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
        plan: '../../plans/pilot-hall/plan.json',
        thumbnail: THUMB.file,
        camera: { position: HALL_CAMERA.position, target: HALL_CAMERA.target, fov: HALL_CAMERA.fov },
        eyeHeight: 1.6,
        hotspots: hallHotspots,
      },
      pretreatmentScene,
      platformScene,
      tanksScene,
      processFloorScene,
    ],
  };
}
