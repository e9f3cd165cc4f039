/** The multiply node on its own (chapter 3): each input receives dout times the other input. */
import { binaryNodeCell } from '../graph-cell/binary-node';

export default binaryNodeCell('mul-node', 'mul', { x: 2, y: 3, dout: 1.3 });
