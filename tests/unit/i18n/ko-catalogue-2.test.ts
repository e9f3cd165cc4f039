/**
 * The Korean catalogue, part 2 (exercise kit, the exercises of chapters 1–7, the network check,
 * the trainer and the digits): every area has exactly the English area's keys, and every message,
 * called with plausible parameters, is Korean text with no hole in it.
 */
import { describe, expect, it } from 'vitest';
import { areas as en } from '../../../src/messages/en/index';
import { digits } from '../../../src/messages/ko/digits';
import { exercise } from '../../../src/messages/ko/exercise';
import { exercises1 } from '../../../src/messages/ko/exercises1';
import { exercises2 } from '../../../src/messages/ko/exercises2';
import { exercises3 } from '../../../src/messages/ko/exercises3';
import { network } from '../../../src/messages/ko/network';
import { trainer } from '../../../src/messages/ko/trainer';

const ko = { exercise, exercises1, exercises2, exercises3, network, trainer, digits } as const;

/** Messages that are deliberately symbols, numbers and code only (no Hangul to expect). */
const symbolOnly = new Set([
  'ex1.cd.stepUp',
  'ex1.cd.stepDown',
  'ex1.cd.stepDivide',
  'ex.check.backward',
  'network.ms',
  'network.percent',
  'trainer.none',
  'trainer.percent',
  'digits.probRow',
]);

/** Plausible slot values by parameter name; anything else gets a formatted number. */
const samples: Record<string, string | number> = {
  answer: '2.2',
  hint: '입력한 값은 순전파의 값이다.',
  given: '2.19',
  percent: '1 %',
  absolute: '0.01',
  name: 'W1',
  what: 'W1의 기울기',
  shape: '64 × 10',
  sizes: '64–10–10',
  dataset: '나선 (클래스 3개, 2차원)',
  outcome: '통과: 모든 매개변수가 일치한다.',
  message: 'dout · W₁: 3 × 10 and 64 × 10 do not fit',
  series: 'η = 0.1: 2.3에서 0.4까지; η = 10: 15단계에서 발산',
  bug: 'ReLU 역전파: 마스크를 잊는다',
  layer: 'MulLayer',
  call: 'backward(1)',
  mask: '[0, 1, 0]',
  dx: '[1.5, 0, 0]',
  worst: 'W1',
  error: '0.98',
  text: '1,000',
  terms: '1 × 2 + 3 × 4',
  xs: '[1, 2, 3]',
  ds: '[4, 5, 6]',
  input: 'x',
  grad: 'dW',
  line: '3',
  p: '0.93',
};
const params = new Proxy(samples, {
  get: (target, key) => (typeof key === 'string' ? (target[key] ?? '3') : undefined),
});

const hangul = /[\uac00-\ud7a3]/;

describe('the Korean catalogue, part 2', () => {
  for (const [area, words] of Object.entries(ko)) {
    const english = en[area as keyof typeof ko];

    it(`${area}: has exactly the English keys`, () => {
      expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${area}: every message is whole Korean text`, () => {
      for (const [key, message] of Object.entries(words) as [string, unknown][]) {
        const text =
          typeof message === 'function' ? (message as (p: unknown) => string)(params) : message;
        expect(typeof text, key).toBe('string');
        const s = text as string;
        expect(s.trim(), key).not.toBe('');
        for (const bad of ['undefined', 'NaN', '[object', '${'])
          expect(s.includes(bad), `${key}: ${s}`).toBe(false);
        if (!symbolOnly.has(key)) expect(s, key).toMatch(hangul);
        // 한다체, standard spacing, no particle pairs such as 을(를) after a slot.
        expect(s, key).not.toMatch(/습니다|합니다|십시오|계산그래프|덧셈노드|곱셈노드|연쇄법칙/);
        expect(s, key).not.toMatch(/[을이은과]\([를가는와]\)/);
      }
    });
  }

  it('lists as symbol-only only messages that exist and really have no Hangul', () => {
    const all: Record<string, unknown> = Object.assign({}, ...Object.values(ko));
    for (const key of symbolOnly) {
      const m = all[key];
      expect(m, key).toBeDefined();
      const s = typeof m === 'function' ? (m as (p: unknown) => string)(params) : (m as string);
      expect(s, key).not.toMatch(hangul);
    }
  });

  it('ends a right answer with one full stop', () => {
    expect(exercise['exercise.rightValue']({ answer: '2.2' })).toMatch(/2\.2\.$/);
    expect(exercise['exercise.rightValue']({ answer: 'return dout;' })).toMatch(/dout;$/);
  });
});
