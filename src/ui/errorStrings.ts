/** The error card's words: what is wrong with a file, said to a visitor (the technical detail stays under "Details"). */
import { inLanguage } from './inLanguage';
import type { SceneErrorKind } from '../state/types';
import { useTour } from '../state/hooks';

type Words = Record<SceneErrorKind | 'wrongTypeImage' | 'details' | 'fileFailed' | 'openAnother' | 'openAnotherHelp', string>;

const en: Words = {
  damaged: 'The file is damaged or incomplete.',
  empty: 'The file is empty.',
  'wrong-type': 'This file is not a 3D model (glTF or GLB).',
  wrongTypeImage: 'This file is not an image (JPEG, PNG or WebP).',
  unsupported: 'The model uses a feature this viewer does not support.',
  missing: 'The file was not found on its server.',
  server: 'The server could not deliver the file.',
  network: 'The file could not be downloaded: check the connection and the address.',
  blocked: 'This site does not load files from {host}; its operator can allow it with ASSET_ORIGINS.',
  details: 'Details',
  fileFailed: 'This file could not be shown',
  openAnother: 'Open another file',
  openAnotherHelp: 'Choose a 3D model or a 360° image on your device, or drop it on this page.',
};

const sv: Words = {
  damaged: 'Filen är skadad eller ofullständig.',
  empty: 'Filen är tom.',
  'wrong-type': 'Filen är inte en 3D-modell (glTF eller GLB).',
  wrongTypeImage: 'Filen är inte en bild (JPEG, PNG eller WebP).',
  unsupported: 'Modellen använder en funktion som den här visaren inte stöder.',
  missing: 'Filen finns inte på sin server.',
  server: 'Servern kunde inte leverera filen.',
  network: 'Filen kunde inte laddas ned: kontrollera anslutningen och adressen.',
  blocked: 'Den här webbplatsen laddar inte filer från {host}; dess operatör kan tillåta det med ASSET_ORIGINS.',
  details: 'Detaljer',
  fileFailed: 'Filen kunde inte visas',
  openAnother: 'Öppna en annan fil',
  openAnotherHelp: 'Välj en 3D-modell eller en 360°-bild på din enhet, eller släpp den på sidan.',
};

const fi: Words = {
  damaged: 'Tiedosto on vioittunut tai puutteellinen.',
  empty: 'Tiedosto on tyhjä.',
  'wrong-type': 'Tiedosto ei ole 3D-malli (glTF tai GLB).',
  wrongTypeImage: 'Tiedosto ei ole kuva (JPEG, PNG tai WebP).',
  unsupported: 'Malli käyttää ominaisuutta, jota tämä katselin ei tue.',
  missing: 'Tiedostoa ei löydy palvelimelta.',
  server: 'Palvelin ei voinut toimittaa tiedostoa.',
  network: 'Tiedostoa ei voitu ladata: tarkista yhteys ja osoite.',
  blocked: 'Tämä sivusto ei lataa tiedostoja osoitteesta {host}; sen ylläpitäjä voi sallia sen asetuksella ASSET_ORIGINS.',
  details: 'Lisätiedot',
  fileFailed: 'Tiedostoa ei voitu näyttää',
  openAnother: 'Avaa toinen tiedosto',
  openAnotherHelp: 'Valitse 3D-malli tai 360°-kuva laitteeltasi tai pudota se tälle sivulle.',
};

const all = { en, sv, fi };

export function useErrorStrings(): Words {
  const language = useTour((s) => s.language);
  return inLanguage(all, language);
}
