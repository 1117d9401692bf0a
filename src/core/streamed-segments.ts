/**
 * Streaming server rendering (React's, which Next.js and others use) sends the late parts of a
 * page in `<div hidden id="S:…">` holders at the end of <body>, and inline scripts move each into
 * place: over a `<template id="P:…">` with the same suffix, or into a Suspense boundary
 * (`<!--$?--><template id="B:…">fallback<!--/$-->`) named by a `$RC("B:…","S:…")` call. Where
 * scripts never ran (a saved page, the CLI) the article sits in those hidden holders, which
 * Readability skips. This does the scripts' moves on the extract's own copy; a live page has
 * made them already. A holder whose place is not found is shown where it is.
 */
import { byTag } from './dom';

/** How the scripts that move a late part into its boundary begin. */
export const STREAMED_SEGMENT_CALL = '$RC(';
const BOUNDARY_CALL = /\$RC\("(B:[\w-]+)","(S:[\w-]+)"\)/g;

/** Content holder id → boundary template id, from the page's inline scripts. */
function boundaries(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const script of byTag(doc, 'script')) {
    const text = script.textContent ?? '';
    if (!text.includes(STREAMED_SEGMENT_CALL)) continue;
    for (const [, boundary, holder] of text.matchAll(BOUNDARY_CALL)) map.set(holder!, boundary!);
  }
  return map;
}

/** Replace a boundary's fallback (from its `$?` comment to the matching `/$`) with `nodes`. */
function fillBoundary(template: Element, nodes: Node[]): void {
  const parent = template.parentNode;
  const start = template.previousSibling;
  if (!parent || start?.nodeType !== 8) return;
  let node = start.nextSibling;
  for (let depth = 0; node; ) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$' && depth-- === 0) break;
      if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  for (const child of nodes) parent.insertBefore(child, node);
}

export function placeStreamedSegments(doc: Document): void {
  // The id prefix checked in script: jsdom's selector engine takes twice as long with it in the query.
  const holders = [...doc.querySelectorAll('div[hidden]')].filter((div) => div.id.startsWith('S:'));
  if (holders.length === 0) return;
  const boundaryOf = boundaries(doc);
  for (const holder of holders) {
    const placeholder = doc.getElementById(`P:${holder.id.slice(2)}`);
    const boundary = doc.getElementById(boundaryOf.get(holder.id) ?? '');
    const children = Array.from(holder.childNodes);
    if (placeholder?.tagName === 'TEMPLATE') placeholder.replaceWith(...children);
    else if (boundary?.tagName === 'TEMPLATE' && boundary.previousSibling?.nodeType === 8) fillBoundary(boundary, children);
    else {
      holder.removeAttribute('hidden');
      continue;
    }
    holder.remove();
  }
}
