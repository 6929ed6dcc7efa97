// The partner page drives the embedded tour from its own content: buttons,
// a language menu, and the paragraph being read (scroll). It loads the embed
// client from the tour's own origin, like any partner would.
//
// The tour's origin: ?viewer=<origin> (tests), default http://localhost:8080.
// `npm run example:embed` starts a viewer that allows this page and serves it.
const viewer = new URLSearchParams(location.search).get('viewer') ?? 'http://localhost:8080';
const tourPath = new URLSearchParams(location.search).get('tour') ?? '/t/processum/hall';

const iframe = document.getElementById('tour');
const status = document.querySelector('[data-status]');
const log = document.querySelector('[data-log]');

function note(text) {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
  while (log.children.length > 30) log.lastElementChild.remove();
}

iframe.src = `${viewer}${tourPath}?embed=1`;

// What to do when the tour does not answer: most often its server was started without
// this page's origin in EMBED_ORIGINS, and the browser refused to show it in the frame.
const howToFix = `Start the viewer with EMBED_ORIGINS=${location.origin} npm start (or run npm run example:embed, which starts both).`;

let connect;
try {
  ({ connect } = await import(`${viewer}/sitevisit-embed.js`));
} catch (error) {
  status.textContent = `No tour server answers at ${viewer}. ${howToFix}`;
  throw error;
}
let tour;
try {
  tour = await connect(iframe);
} catch (error) {
  status.textContent =
    error.code === 'timeout'
      ? `The tour at ${viewer} did not answer: it does not allow this page (${location.origin}) to embed it. ${howToFix}`
      : `The tour could not be connected: ${error.message}`;
  throw error;
}
// For tests and curious readers: the connected API.
window.partnerTour = tour;

const info = await tour.getTour();
const sceneTitle = (id) => info.scenes.find((s) => s.id === id)?.title ?? id;
tour.on('ready', ({ state }) => note(`ready in ${sceneTitle(state.scene)}`));
tour.on('scenechange', ({ scene }) => {
  status.textContent = `The visitor is in: ${sceneTitle(scene)}`;
  note(`scene: ${sceneTitle(scene)}`);
});
tour.on('cardopen', ({ card }) => note(`card opened: ${card}`));
tour.on('cardclose', ({ card }) => note(`card closed: ${card}`));
tour.on('languagechange', ({ language }) => note(`language: ${language}`));
tour.on('error', ({ message }) => note(`error: ${message}`));
status.textContent = `Connected to “${info.title}” (${info.scenes.length} scenes)`;

const report = (promise) => promise.catch((error) => note(`refused: ${error.message}`));
for (const button of document.querySelectorAll('[data-go-scene]')) {
  button.addEventListener('click', () => report(tour.goToScene(button.dataset.goScene)));
}
for (const button of document.querySelectorAll('[data-open-card]')) {
  button.addEventListener('click', () => report(tour.openCard(button.dataset.openCard)));
}
document.querySelector('[data-close-card]').addEventListener('click', () => report(tour.closeCard()));
document.querySelector('[data-language]').addEventListener('change', (e) => report(tour.setLanguage(e.target.value)));

// Scroll: the section in the middle of the screen decides the scene.
const sections = document.querySelectorAll('section[data-scene]');
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) report(tour.goToScene(entry.target.dataset.scene));
    }
  },
  { rootMargin: '-45% 0px -45% 0px' },
);
for (const section of sections) observer.observe(section);
