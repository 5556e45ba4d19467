// A note's Markdown as safe HTML: marked renders it (raw HTML escaped), DOMPurify removes
// whatever could still run (javascript: links and the like) or break the CSP.
import { marked } from 'marked';
import DOMPurify from 'dompurify';

// Raw HTML in a note is shown as the text it is, never parsed as markup (so no handler or
// style attribute even reaches the sanitizer, which would trip the CSP's reports).
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
marked.use({ renderer: { html: ({ text }) => escapeHtml(text) } });

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

export function renderMarkdown(src: string): string {
  const html = marked.parse(src, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
    FORBID_ATTR: ['style', 'srcset'],
  });
}
