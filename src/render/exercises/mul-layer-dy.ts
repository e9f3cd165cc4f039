/** Chapter 4: read MulLayer's code and say what its backward returns as dy. */
import {
  mulLayerDy,
  mulLayerDyMistakes,
  type MulLayerDyProblem,
} from '../../core/exercises/mul-layer-dy';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n } from '../exercise/words';
import { listingHtml } from '../find-the-bug/listing';

const spec: ExerciseSpec<MulLayerDyProblem> = {
  kind: 'mul-layer-dy',
  type: 'compute',
  areas: ['exercises2'],
  generate: mulLayerDy,
  defaultSeed: 6,
  prompt: (p) =>
    `<p>${html(t('ex.layers.mulBackward.prompt'))}</p>` +
    listingHtml([
      { code: 'const layer = new MulLayer();' },
      { code: `const z = layer.forward(${n(p.x)}, ${n(p.y)});` },
      { code: `const [dx, dy] = layer.backward(${n(p.dout)});` },
    ]),
  answer: (p) => ({ kind: 'number', value: p.dy }),
  answerText: (p) => answerNumber(p.dy),
  working: (p) => [
    html(t('ex.layers.mulBackward.work.forward', { x: n(p.x), y: n(p.y), z: n(p.z) })),
    html(
      t('ex.layers.mulBackward.work.backward', {
        dout: n(p.dout),
        x: n(p.x),
        dx: n(p.dx),
        dy: n(p.dy),
      }),
    ),
  ],
  hint: (p, given) => {
    const m = mulLayerDyMistakes(p);
    if (sameAnswer(given, m.firstOfPair)) return html(t('ex.layers.mulBackward.hint.firstOfPair'));
    if (sameAnswer(given, m.noUpstream)) return html(t('ex.layers.mulBackward.hint.noUpstream'));
    if (sameAnswer(given, m.forward)) return html(t('ex.layers.mulBackward.hint.forward'));
    return undefined;
  },
};
export default spec;
