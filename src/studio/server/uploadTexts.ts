/**
 * The server's refusals of an added file (server/content/upload.ts, cli/validate/checkImage.ts) in
 * en/sv/fi: wrong names and types, content that is not what the name says, and the validators'
 * reasons. A glTF validator's findings stay in its own words (`{detail}`): they are codes and
 * JSON pointers for whoever exports the model, under a sentence the editor can read.
 */
type Texts = Record<string, string>;

export const uploadEn: Texts = {
  'bad-file-name': '"{name}" cannot be a file name here: use letters, digits, spaces, "-" and "_", one dot before the extension, and no "/" or "\\".',
  'type-not-taken': 'Files of type {ext} cannot be added to a tour (images: .jpg .png .webp; models: .glb .gltf; audio: .mp3 .ogg .opus .m4a .webm; captions: .vtt).',
  'wrong-content': '"{name}" is {found}, not what its name says; nothing was added.',
  'image-empty': '"{name}" is empty (0 bytes); nothing was added.',
  'image-unreadable': '"{name}" is not a JPEG, PNG or WebP image ({format}); nothing was added.',
  'image-truncated': '"{name}" claims {width}×{height} pixels but holds only {kb} KB: it is truncated or corrupt; nothing was added.',
  'image-not-equirect': '"{name}" is {width}×{height}, not a 360° panorama (2:1); nothing was added.',
  'image-downscaled': '"{name}" ({width}×{height}) is shown downscaled unless it is cut into tiles.',
  'model-not-embedded': '"{name}" refers to other files; upload a .glb, or a .gltf with everything embedded. Nothing was added.',
  'bad-model': '"{name}" is not a model the viewer can show; nothing was added. The glTF validator says: {detail}',
};

export const uploadSv: Texts = {
  'bad-file-name': '"{name}" kan inte vara ett filnamn här: använd bokstäver, siffror, mellanslag, "-" och "_", en punkt före filändelsen och inget "/" eller "\\".',
  'type-not-taken': 'Filer av typen {ext} kan inte läggas till en tur (bilder: .jpg .png .webp; modeller: .glb .gltf; ljud: .mp3 .ogg .opus .m4a .webm; undertexter: .vtt).',
  'wrong-content': '"{name}" är {found}, inte det som namnet säger; inget lades till.',
  'image-empty': '"{name}" är tom (0 byte); inget lades till.',
  'image-unreadable': '"{name}" är inte en JPEG-, PNG- eller WebP-bild ({format}); inget lades till.',
  'image-truncated': '"{name}" anger {width}×{height} pixlar men innehåller bara {kb} kB: den är avkortad eller skadad; inget lades till.',
  'image-not-equirect': '"{name}" är {width}×{height}, inte ett 360°-panorama (2:1); inget lades till.',
  'image-downscaled': '"{name}" ({width}×{height}) visas nedskalad om den inte delas upp i rutor.',
  'model-not-embedded': '"{name}" hänvisar till andra filer; ladda upp en .glb, eller en .gltf med allt inbäddat. Inget lades till.',
  'bad-model': '"{name}" är inte en modell som visaren kan visa; inget lades till. glTF-valideraren säger: {detail}',
};

export const uploadFi: Texts = {
  'bad-file-name': '"{name}" ei kelpaa tiedostonimeksi: käytä kirjaimia, numeroita, välilyöntejä, "-" ja "_", yksi piste ennen päätettä, ei "/" eikä "\\".',
  'type-not-taken': 'Tyypin {ext} tiedostoja ei voi lisätä kierrokseen (kuvat: .jpg .png .webp; mallit: .glb .gltf; ääni: .mp3 .ogg .opus .m4a .webm; tekstitykset: .vtt).',
  'wrong-content': '"{name}" on {found}, ei sitä mitä sen nimi sanoo; mitään ei lisätty.',
  'image-empty': '"{name}" on tyhjä (0 tavua); mitään ei lisätty.',
  'image-unreadable': '"{name}" ei ole JPEG-, PNG- tai WebP-kuva ({format}); mitään ei lisätty.',
  'image-truncated': '"{name}" ilmoittaa {width}×{height} pikseliä mutta sisältää vain {kb} kt: se on katkennut tai vioittunut; mitään ei lisätty.',
  'image-not-equirect': '"{name}" on {width}×{height}, ei 360°-panoraama (2:1); mitään ei lisätty.',
  'image-downscaled': '"{name}" ({width}×{height}) näytetään pienennettynä, ellei sitä paloitella ruuduiksi.',
  'model-not-embedded': '"{name}" viittaa muihin tiedostoihin; lähetä .glb tai .gltf, johon kaikki on upotettu. Mitään ei lisätty.',
  'bad-model': '"{name}" ei ole malli, jonka katselin voi näyttää; mitään ei lisätty. glTF-validaattori sanoo: {detail}',
};

/** What the sniffer found a file to be (server/content/sniff.ts), for `{found}`. */
export const foundEn: Texts = {
  jpeg: 'a JPEG image', png: 'a PNG image', webp: 'a WebP image', glb: 'a GLB model', gltf: 'a glTF model',
  mp3: 'MP3 audio', ogg: 'Ogg audio', webm: 'WebM audio or video', mp4: 'an MP4/M4A file', vtt: 'WebVTT captions', markup: 'markup (SVG, HTML or XML)', unknown: 'a kind of file a tour does not use',
};
export const foundSv: Texts = {
  jpeg: 'en JPEG-bild', png: 'en PNG-bild', webp: 'en WebP-bild', glb: 'en GLB-modell', gltf: 'en glTF-modell',
  mp3: 'MP3-ljud', ogg: 'Ogg-ljud', webm: 'WebM-ljud eller -video', mp4: 'en MP4/M4A-fil', vtt: 'WebVTT-undertexter', markup: 'märkspråk (SVG, HTML eller XML)', unknown: 'en sorts fil som en tur inte använder',
};
export const foundFi: Texts = {
  jpeg: 'JPEG-kuva', png: 'PNG-kuva', webp: 'WebP-kuva', glb: 'GLB-malli', gltf: 'glTF-malli',
  mp3: 'MP3-ääntä', ogg: 'Ogg-ääntä', webm: 'WebM-ääntä tai -videota', mp4: 'MP4/M4A-tiedosto', vtt: 'WebVTT-tekstitys', markup: 'merkintäkieltä (SVG, HTML tai XML)', unknown: 'tiedostotyyppi, jota kierros ei käytä',
};
