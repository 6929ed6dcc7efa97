/** The side panel: the selected hotspot's texts, image, links, link target and place — or, with no hotspot selected, the scene's title and standpoint. */
import { useDraft, useStudio } from '../StudioContext';
import { deleteHotspot, hotspotOf, languagesOf, renameScene, sceneOf, setHotspotText, type TextField } from '../draft/edits';
import { textIn } from '../draft/texts';
import { tourUrlFor } from '../../app/boot';
import { LanguageFields } from './LanguageFields';
import { titleIn } from './titles';
import { CardFields } from './CardFields';
import { LinkDestination } from './LinkDestination';
import { StandpointFields } from './StandpointFields';

export function ItemPanel() {
  const { store, t } = useStudio();
  const draft = useDraft((s) => s.draft);
  const { sceneId, hotspotId } = useDraft((s) => s.selection);
  const languages = languagesOf(draft);
  const { edit, select } = store.getState();
  const found = hotspotId ? hotspotOf(draft, hotspotId) : undefined;
  const scene = sceneOf(draft, sceneId);

  if (!found) {
    if (!scene) return null;
    return (
      <section className="studio-panel" aria-labelledby="studio-panel-title">
        <h2 id="studio-panel-title">{titleIn(draft, scene.title, scene.id)}</h2>
        <LanguageFields
          field="scene-title"
          label={t.rename}
          text={scene.title}
          languages={languages}
          onChange={(language, value) => edit((d) => renameScene(d, scene.id, language, value), undefined, `scene:${scene.id}:${language}`)}
        />
        {scene.type === 'panorama' && <StandpointFields scene={scene} />}
        <p className="studio-hint">{t.nothingSelected}</p>
      </section>
    );
  }

  const { hotspot } = found;
  const setText = (field: TextField) => (language: string, value: string) => edit((d) => setHotspotText(d, hotspot.id, field, language, value), undefined, `${hotspot.id}:${field}:${language}`);
  const place = hotspot.position ? `x ${hotspot.position.join(', ')} m` : `${hotspot.yaw ?? 0}°, ${hotspot.pitch ?? 0}°`;
  return (
    <section className="studio-panel" aria-labelledby="studio-panel-title" data-editing={hotspot.id}>
      <h2 id="studio-panel-title">{titleIn(draft, hotspot.title, hotspot.id)}</h2>
      <p className="studio-hint">
        {hotspot.id} · {place}
      </p>
      <LanguageFields field="title" label={t.title} text={hotspot.title} languages={languages} onChange={setText('title')} />
      {hotspot.type === 'info' && (
        <LanguageFields
          field="body"
          label={t.body}
          text={hotspot.body}
          languages={languages}
          multiline
          base={tourUrlFor(draft.id)}
          previewTitle={(language) => textIn(hotspot.title, language) ?? ''}
          onChange={setText('body')}
        />
      )}
      {hotspot.type === 'info' && <CardFields hotspot={hotspot} onAltChange={setText('imageAlt')} />}
      {hotspot.type === 'link' && <LinkDestination hotspot={hotspot} />}
      <button type="button" className="studio-danger" onClick={() => (select({ hotspotId: null }), edit((d) => deleteHotspot(d, hotspot.id)))}>
        {t.deleteHotspot}
      </button>
    </section>
  );
}
