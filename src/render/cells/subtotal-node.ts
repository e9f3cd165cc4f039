/**
 * Chapter 3's add node, started as node ③ of the shopping graph: apples 200 + oranges 450,
 * with the upstream gradient 1.1 arriving from the tax node. Built on the kit's binary node.
 */
import { binaryNodeCell } from '../graph-cell/binary-node';

export default binaryNodeCell('subtotal-node', 'add', { x: 200, y: 450, dout: 1.1 });
