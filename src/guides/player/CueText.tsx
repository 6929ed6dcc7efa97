/**
 * A caption's text with its WebVTT markup as React elements (never as HTML: the words are the
 * author's, and React writes them as text): a voice shows its speaker's name before the words,
 * italics, bold and underline are themselves, a language span carries `lang`, ruby stays ruby.
 * A class (`<c.loud>`) is kept as `data-cue-class`, out of the page's own class names.
 */
import type { ReactNode } from 'react';
import type { VTTNode } from 'media-captions';

const nodesOf = (nodes: readonly VTTNode[]): ReactNode[] => nodes.map((node, i) => <CueNode key={i} node={node} />);

function CueNode({ node }: { node: VTTNode }): ReactNode {
  if (node.type === 'text') return node.data;
  const children = nodesOf(node.children);
  switch (node.type) {
    case 'v':
      return (
        <span className="guide-player__voice" data-voice={node.voice}>
          <span className="guide-player__speaker">{node.voice}</span>
          {': '}
          {children}
        </span>
      );
    case 'i':
      return <i>{children}</i>;
    case 'b':
      return <b>{children}</b>;
    case 'u':
      return <u>{children}</u>;
    case 'c':
      return <span data-cue-class={node.class}>{children}</span>;
    case 'lang':
      return <span lang={node.lang}>{children}</span>;
    case 'ruby':
      return <ruby>{children}</ruby>;
    case 'rt':
      return <rt>{children}</rt>;
    default:
      // A timestamp inside the cue (karaoke): its words, shown with the rest.
      return <>{children}</>;
  }
}

export function CueText({ nodes }: { nodes: readonly VTTNode[] }) {
  return <>{nodesOf(nodes)}</>;
}
