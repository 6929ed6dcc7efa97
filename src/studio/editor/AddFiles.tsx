/**
 * Adding scenes from files: chosen or dropped panoramas and models upload with a progress bar; the
 * server checks each (a broken file: its reason, nothing added) and may tile or optimize it as a
 * job; each file that passes becomes a scene of the draft.
 */
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useStudio } from '../StudioContext';
import { addScene, defaultLanguageOf, freeId } from '../draft/edits';
import { newText } from '../draft/texts';
import type { Draft, DraftScene } from '../draft/types';
import { Id } from '../../protocol/common';
import { followJob, uploadFile, type Uploaded } from '../server/upload';

interface Progress {
  name: string;
  fraction: number;
  error?: string;
}

/** A scene id from the file's name ("Hall 2.jpg" → "hall-2"), unused in the tour. */
function sceneIdFor(draft: Draft, name: string): string {
  const slug = name.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '').slice(0, 56);
  const taken = (id: string) => draft.scenes.some((s) => s.id === id);
  if (Id.safeParse(slug).success && !taken(slug)) return slug;
  return freeId(draft, Id.safeParse(slug).success ? slug : 'scene');
}

function sceneFor(draft: Draft, uploaded: Uploaded, name: string): DraftScene | null {
  const base = { id: sceneIdFor(draft, name), title: newText(name.replace(/\.[^.]*$/, ''), defaultLanguageOf(draft)), hotspots: [] };
  if (uploaded.kind === 'panorama') return { ...base, type: 'panorama', image: uploaded.file };
  if (uploaded.kind === 'model') return { ...base, type: 'model', model: uploaded.file };
  return null;
}

export function AddFiles() {
  const { store, t } = useStudio();
  const inputId = useId();
  const [uploads, setUploads] = useState<Progress[]>([]);
  const abort = useRef(new AbortController());
  useEffect(() => () => abort.current.abort(), []);

  const update = (name: string, patch: Partial<Progress>) => setUploads((all) => all.map((u) => (u.name === name ? { ...u, ...patch } : u)));
  const add = async (files: File[]) => {
    setUploads((all) => [...all.filter((u) => !files.some((f) => f.name === u.name)), ...files.map((f) => ({ name: f.name, fraction: 0 }))]);
    for (const file of files) {
      const tourId = store.getState().tourId;
      const result = await uploadFile(tourId, file, (fraction) => update(file.name, { fraction: fraction * 0.5 }));
      if (!result.ok) {
        update(file.name, { error: result.error });
        continue;
      }
      const offered = result.value.scene;
      let scene = offered ? { ...offered, id: sceneIdFor(store.getState().draft, offered.id) } : sceneFor(store.getState().draft, result.value, file.name);
      if (result.value.job) {
        const done = await followJob(result.value.job.id, (p) => update(file.name, { fraction: 0.5 + p * 0.5 }), abort.current.signal);
        if (done.error) {
          update(file.name, { error: done.error });
          continue;
        }
        if (done.scene) scene = { ...done.scene, id: sceneIdFor(store.getState().draft, done.scene.id) };
      }
      update(file.name, { fraction: 1 });
      if (scene) {
        const added = scene;
        store.getState().edit((d) => addScene(d, added), { sceneId: added.id, hotspotId: null });
      }
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void add([...event.dataTransfer.files]);
  };

  return (
    <section className="studio-section studio-files" aria-labelledby={`${inputId}-h`} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <h2 id={`${inputId}-h`}>{t.addFiles}</h2>
      <label htmlFor={inputId} className="studio-files__pick">
        {t.chooseFiles}
      </label>
      <input id={inputId} type="file" multiple accept=".jpg,.jpeg,.png,.webp,.glb,.gltf" onChange={(e) => void add([...(e.target.files ?? [])])} />
      <ul className="studio-list" aria-label={t.addFiles}>
        {uploads.map((u) => (
          <li key={u.name} data-upload={u.name}>
            <span>{u.name}</span>
            {u.error ? (
              <span role="alert" className="studio-error">
                {u.error}
              </span>
            ) : (
              <progress max={1} value={u.fraction} aria-label={u.name} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
