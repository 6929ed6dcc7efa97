/**
 * A scene that cannot be shown says what is wrong with its file in the
 * visitor's words, names the file, and keeps the technical detail behind
 * "Details". A tour offers its other scenes; quick view (one file, no tour)
 * offers to open another file.
 */
import { useRef } from 'react';
import { useTour } from '../state/hooks';
import type { SceneError } from '../state/types';
import { isQuickView } from '../tour/quickView';
import { useErrorStrings } from './errorStrings';
import { useStrings } from './useStrings';

type ErrorWords = ReturnType<typeof useErrorStrings>;

/** The visitor's sentence for a known kind of failure, or null when only the technical message is known. */
function plainWords(error: SceneError, w: ErrorWords, isImage: boolean): string | null {
  if (!error.kind) return null;
  if (error.kind === 'wrong-type' && isImage) return w.wrongTypeImage;
  const sentence = w[error.kind].replace('{host}', error.host ?? '');
  return error.status ? `${sentence} (HTTP ${error.status})` : sentence;
}

export function SceneErrorCard({ onFiles }: { onFiles?: (files: File[]) => void }) {
  const t = useStrings();
  const w = useErrorStrings();
  const error = useTour((s) => s.sceneError);
  const sceneId = useTour((s) => s.sceneId);
  const isImage = useTour((s) => s.tour?.scenes.find((scene) => scene.id === s.sceneId)?.type === 'panorama');
  const quick = useTour((s) => s.tour !== null && isQuickView(s.tour));
  if (!error) return null;
  const plain = plainWords(error, w, isImage);
  return (
    <section className="scene-error" role="alert" data-scene-error={sceneId ?? ''} data-error-kind={error.kind ?? ''}>
      <h2>{quick ? w.fileFailed : t.sceneFailed}</h2>
      <p className="scene-error__message">{plain ?? error.message}</p>
      <p className="scene-error__file">
        {t.file}: <code>{error.file}</code>
      </p>
      {plain && (
        <details className="scene-error__details">
          <summary>{w.details}</summary>
          <p>{error.message}</p>
        </details>
      )}
      {quick ? <OpenAnotherFile words={w} {...(onFiles ? { onFiles } : {})} /> : <p>{t.otherScenes}</p>}
    </section>
  );
}

/** Quick view's way on: pick another file (or drop one, as before). */
function OpenAnotherFile({ words, onFiles }: { words: ErrorWords; onFiles?: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <p>{words.openAnotherHelp}</p>
      {onFiles && (
        <p>
          <button type="button" className="scene-error__open" onClick={() => input.current?.click()}>
            {words.openAnother}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept=".glb,.gltf,.bin,.jpg,.jpeg,.png,.webp,.ktx2"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length > 0) onFiles(files);
            }}
          />
        </p>
      )}
    </>
  );
}
