/**
 * Replaces an element's content with new HTML by patching what differs, so an edit that
 * only changes numbers touches only those text nodes and attributes (fast, and focus stays).
 */
const parser = document.createElement('template');

export function morph(el: Element, html: string): void {
  parser.innerHTML = html;
  patchChildren(el, parser.content);
}

function patchChildren(to: ParentNode & Node, from: ParentNode & Node): void {
  const want = from.childNodes;
  let have = to.firstChild;
  let i = 0;
  for (; i < want.length; i++) {
    const next = want[i]!;
    if (!have) {
      to.appendChild(next.cloneNode(true));
      continue;
    }
    const following = have.nextSibling;
    if (!patchNode(have, next)) to.replaceChild(next.cloneNode(true), have);
    have = following;
  }
  while (have) {
    const following = have.nextSibling;
    to.removeChild(have);
    have = following;
  }
}

/** Makes `have` match `want` in place; false when they are different kinds of node. */
function patchNode(have: Node, want: Node): boolean {
  if (have.nodeType !== want.nodeType || have.nodeName !== want.nodeName) return false;
  if (have.nodeType !== Node.ELEMENT_NODE) {
    if (have.nodeValue !== want.nodeValue) have.nodeValue = want.nodeValue;
    return true;
  }
  const [a, b] = [have as Element, want as Element];
  for (const attr of [...a.attributes])
    if (!b.hasAttribute(attr.name)) a.removeAttribute(attr.name);
  for (const attr of b.attributes) {
    if (a.getAttribute(attr.name) !== attr.value) a.setAttribute(attr.name, attr.value);
  }
  patchChildren(a, b);
  return true;
}
