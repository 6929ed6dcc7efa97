/**
 * Card bodies: Markdown rendered as React elements, never as HTML. Raw HTML in
 * the source is dropped, and link/image URLs pass `safeUrl` (no javascript:).
 * A separate chunk: only visitors who open a card download it.
 */
import ReactMarkdown, { type Components } from 'react-markdown';
import { safeUrl } from './safeUrl';

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
};

export default function Markdown({ source, base }: { source: string; base: string }) {
  return (
    <ReactMarkdown skipHtml components={components} urlTransform={(url) => safeUrl(url, base) ?? ''}>
      {source}
    </ReactMarkdown>
  );
}
