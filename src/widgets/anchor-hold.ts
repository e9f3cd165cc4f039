/**
 * On every page: a cold link to a plain `#section` anchor is held in place while the blocks and
 * widgets above it settle (hold-in-place.ts). A hash that names cell state is link-scroll's.
 */
import { readHash } from '../render/kit/hash-state';
import { holdAnchor } from './hold-in-place';

if (readHash(location.hash).kind === 'anchor') holdAnchor();
