/** The add node on its own (chapter 3): it passes dout unchanged to both inputs. */
import { binaryNodeCell } from '../graph-cell/binary-node';

export default binaryNodeCell('add-node', 'add', { x: 2, y: 3, dout: 1.3 });
