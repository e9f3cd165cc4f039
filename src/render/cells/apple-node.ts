/**
 * Chapter 3's multiply node, started as node ① of the shopping graph: apple price 100 ×
 * 2 apples, with the upstream gradient 1.1 arriving from the add node. Built on the kit's
 * binary node.
 */
import { binaryNodeCell } from '../graph-cell/binary-node';

export default binaryNodeCell('apple-node', 'mul', { x: 100, y: 2, dout: 1.1 });
