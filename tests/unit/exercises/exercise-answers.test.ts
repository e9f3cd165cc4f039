import { describe, expect, it } from 'vitest';
import { moveAnswerKeys } from '../../../src/lib/exercise-answers';
import { exerciseIdsIn } from '../../../src/lib/exercise-ids';

const key = (n: string): string =>
  `<bp-ex-key id="k${n}" class="bp-ex-key" data-number="${n}"><p>${n} Answer</p></bp-ex-key>`;
const section =
  '<section class="bp-answers" aria-labelledby="a"><h2 id="a">Answers</h2><div class="bp-answers-list"></div></section>';

describe('the printed answers', () => {
  it('moves each answer key to the answers list, in order', () => {
    const page = `<p>x</p><div>${key('2.1')}</div><p>y</p><div>${key('2.2')}</div>${section}`;
    const out = moveAnswerKeys(page);
    expect(out.indexOf(key('2.1'))).toBeGreaterThan(out.indexOf('bp-answers-list'));
    expect(out.split('bp-ex-key id').length - 1).toBe(2);
    expect(out.indexOf(key('2.1'))).toBeLessThan(out.indexOf(key('2.2')));
    expect(out).toContain('<p>x</p><div></div><p>y</p><div></div>');
  });

  it('groups the whole book’s answers by chapter', () => {
    const page = `${key('1.1')}${key('1.2')}${key('2.1')}${section}`;
    const out = moveAnswerKeys(page, (n) => `<h3>Chapter ${n}</h3>`);
    expect(out).toContain(
      `<div class="bp-answers-list"><h3>Chapter 1</h3>${key('1.1')}${key('1.2')}<h3>Chapter 2</h3>${key('2.1')}</div>`,
    );
  });

  it('drops the section on a page without exercises, and leaves pages without one alone', () => {
    expect(moveAnswerKeys(`<p>x</p>${section}<p>z</p>`)).toBe('<p>x</p><p>z</p>');
    expect(moveAnswerKeys(`<p>${key('1.1')}</p>`)).toBe(`<p>${key('1.1')}</p>`);
  });
});

describe('the exercises a chapter places', () => {
  it('are read from its MDX, in order', () => {
    const body = `text\n<Exercise spec={a} id="ex-why-1" chapter={1} />\nmore\n<Exercise\n  spec={b}\n  id="ex-why-2"\n/>`;
    expect(exerciseIdsIn(body)).toEqual(['ex-why-1', 'ex-why-2']);
    expect(exerciseIdsIn('no exercises, <Cell id="x" />')).toEqual([]);
  });
});
