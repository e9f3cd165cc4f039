/** A "Copy" button on each highlighted listing (components/chrome/CopyCode.astro); JS only. */
const status = document.querySelector<HTMLElement>('[data-copy-status]');
// The words come from the catalogue, rendered into data-msg-* at build time.
const words = status?.dataset ?? {};
const msg = {
  copy: words['msgCopy'] ?? '',
  label: words['msgLabel'] ?? '',
  copied: words['msgCopied'] ?? '',
  failed: words['msgFailed'] ?? '',
  failedShort: words['msgFailedShort'] ?? '',
};
for (const pre of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
  const wrap = document.createElement('div');
  wrap.className = 'code-block';
  pre.replaceWith(wrap);
  wrap.append(pre);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = msg.copy;
  button.setAttribute('aria-label', msg.label);
  button.addEventListener('click', async () => {
    let said = msg.copied;
    try {
      // textContent, not innerText: innerText is empty while the listing is skipped by
      // `content-visibility: auto` (an ancestor off screen), and a <pre> shows its text as is.
      await navigator.clipboard.writeText((pre.textContent ?? '').replace(/\n$/, ''));
    } catch {
      said = msg.failed;
    }
    button.textContent = said === msg.copied ? msg.copied : msg.failedShort;
    if (status) {
      status.textContent = '';
      // A fresh text node each time, so a second copy is announced again.
      requestAnimationFrame(() => (status.textContent = said));
    }
    setTimeout(() => (button.textContent = msg.copy), 2000);
  });
  wrap.append(button);
}

export {}; // a module: its names stay its own
