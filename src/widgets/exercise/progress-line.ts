/**
 * Quiet progress lines ("Exercises: 2 of 4 solved."), on chapter pages and in the home page's
 * chapter list: each `[data-bp-progress]` element lists its exercise ids and carries its words
 * as build-time templates (`data-msg-*`), so this script loads no catalogue. A line stays hidden
 * until the reader has tried something. A `[data-action="clear-progress"]` button inside clears
 * the ids of its line.
 */
import { fill } from '../../messages/fill';
import { clearProgress, countProgress, PROGRESS_EVENT, readProgress } from './progress-store';

function show(line: HTMLElement): void {
  const ids = (line.dataset['bpProgress'] ?? '').split(' ').filter(Boolean);
  const { solved, attempted } = countProgress(readProgress(), ids);
  const text = line.querySelector<HTMLElement>('.bp-progress-text');
  line.hidden = solved + attempted === 0 && !line.dataset['cleared'];
  if (!text) return;
  const template = attempted
    ? (line.dataset['msgAttempted'] ?? '')
    : (line.dataset['msgSolved'] ?? '');
  text.textContent = line.dataset['cleared']
    ? (line.dataset['msgCleared'] ?? '')
    : fill(template, {
        solved: String(solved),
        total: String(ids.length),
        attempted: String(attempted),
      });
}

export function showProgressLines(): void {
  for (const line of document.querySelectorAll<HTMLElement>('[data-bp-progress]')) show(line);
}

function onClick(event: Event): void {
  const button = (event.target as Element | null)?.closest?.('[data-action="clear-progress"]');
  const line = button?.closest<HTMLElement>('[data-bp-progress]');
  if (!line) return;
  clearProgress((line.dataset['bpProgress'] ?? '').split(' ').filter(Boolean));
  line.dataset['cleared'] = 'true';
  show(line);
}

showProgressLines();
addEventListener(PROGRESS_EVENT, () => {
  for (const line of document.querySelectorAll<HTMLElement>('[data-bp-progress]')) {
    delete line.dataset['cleared'];
  }
  showProgressLines();
});
addEventListener('storage', showProgressLines);
document.addEventListener('click', onClick);
