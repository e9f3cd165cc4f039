import { describe, expect, it } from 'vitest';
import {
  formatMs,
  timingAnnouncement,
  timingResultHtml,
} from '../../../../src/render/timing/gradient-timing-result';

const timing = {
  shape: { inputs: 4, hidden: 16, classes: 3, batch: 8 },
  parameters: 131,
  numericalMs: 38.9234,
  backpropMs: 0.26671,
  ratio: 38.9234 / 0.26671,
  relativeError: 5.35e-11,
};

describe('timing panel', () => {
  it('formats milliseconds to three significant digits, whole above 100', () => {
    expect(formatMs(0.26671)).toBe('0.267 ms');
    expect(formatMs(38.9234)).toBe('38.9 ms');
    expect(formatMs(1420.084)).toBe('1,420 ms');
  });

  it('names the network it timed and shows both times, the ratio and the agreement', () => {
    const html = timingResultHtml(timing);
    expect(html).toContain('4 → 16 → 3 network (131 parameters, batch of 8)');
    expect(html).toContain('numerical gradient (262 forward passes)</th><td>38.9 ms');
    expect(html).toContain('<td>0.267 ms</td>');
    expect(html).toContain('<td>146 ×</td>');
    expect(html).toContain('5.35e-11');
  });

  it('announces the result in one sentence', () => {
    expect(timingAnnouncement(timing)).toBe(
      'Numerical gradient 38.9 ms, backpropagation 0.267 ms: about 146 times faster.',
    );
  });
});
