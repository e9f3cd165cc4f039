import { describe, expect, it } from 'vitest';
import { digitsBuildNet } from '../../../src/lib/capstone-digits-net';
import { confusionTotals } from '../../../src/render/capstone/digits/confusion-matrix';
import { decodeParams } from '../../../src/render/capstone/digits/params-text';
import { mostLikely } from '../../../src/render/capstone/digits/probability-list';
import { readDigit } from '../../../src/render/capstone/digits/read-digit';
import { bitmapFromCounts, downsample } from '../../../src/core/data/downsample';

// Trains once (about 6 s) unless node_modules/.cache/bp-capstone holds the run already.
describe('the build-time digits network', { timeout: 60_000 }, () => {
  it('has a confusion matrix whose counts sum to the test size, its diagonal the accuracy', () => {
    const net = digitsBuildNet();
    const { correct, total } = confusionTotals(net.confusion);
    expect(total).toBe(net.test.labels.length);
    expect(correct / total).toBeCloseTo(net.testAccuracy, 12);
    // Each row holds exactly that digit's test images.
    net.confusion.forEach((row, digit) =>
      expect(row.reduce((s, c) => s + c, 0)).toBe(
        net.test.labels.filter((l) => l === digit).length,
      ),
    );
  });

  it('is the chapter’s digits run: the page’s encoded net predicts as the run’s full-precision net', async () => {
    const { capstoneRun, netOf, RUN_STEPS } = await import('../../../src/lib/capstone-run');
    const { predictions } = await import('../../../src/core/net/training');
    const { TwoLayerNet } = await import('../../../src/core/net/two-layer-net');
    const net = digitsBuildNet();
    expect(net.steps).toBe(RUN_STEPS.digits);
    const full = predictions(netOf(capstoneRun().digits), net.test.x);
    expect(predictions(TwoLayerNet.fromParams(net.params), net.test.x)).toEqual(full);
  });

  it('reaches the chapter’s 95 % on the test images', () => {
    expect(digitsBuildNet().testAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('lists as wrong exactly the off-diagonal images', () => {
    const net = digitsBuildNet();
    const { correct, total } = confusionTotals(net.confusion);
    expect(net.wrong).toHaveLength(total - correct);
    for (const w of net.wrong) {
      expect(w.actual).toBe(net.test.labels[w.index]);
      expect(w.predicted).not.toBe(w.actual);
      expect(mostLikely(readDigit(net.params, net.testCounts[w.index]!)!)).toBe(w.predicted);
    }
  });

  it('serves the page the same parameters its figures use, and a sample the pad reads right', () => {
    const net = digitsBuildNet();
    expect(decodeParams(net.paramsText)).toEqual(net.params);
    const drawn = downsample(bitmapFromCounts(net.sample.counts));
    expect(drawn).toEqual(net.sample.counts);
    expect(mostLikely(readDigit(net.params, drawn)!)).toBe(net.sample.label);
  });
});

describe('the digits report', { timeout: 60_000 }, () => {
  it('renders the build-time net’s matrix and wrong images, as the page shows them', async () => {
    const { digitsReportHtml } = await import('../../../src/render/capstone/digits/digits-report');
    const { TwoLayerNet } = await import('../../../src/core/net/two-layer-net');
    const net = digitsBuildNet();
    const html = digitsReportHtml(TwoLayerNet.fromParams(net.params), net.test);
    const cells = [...html.confusion.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(cells).toEqual(net.confusion.flat());
    expect(html.wrong.match(/<figure>/g)).toHaveLength(Math.min(40, net.wrong.length));
    const first = net.wrong[0]!;
    expect(html.wrong).toContain(`a ${first.actual}, read as ${first.predicted}`);
  });
});
