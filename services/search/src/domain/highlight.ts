import type { SnippetSegment } from '@cb/kit/core';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * A marked snippet as HTML a page may insert as is: every piece of text escaped (an assignment's
 * title is whatever a company typed, `<script>` included), the matched words in <mark>.
 */
export function snippetHtml(segments: readonly SnippetSegment[]): string {
  return segments.map((s) => (s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');
}
