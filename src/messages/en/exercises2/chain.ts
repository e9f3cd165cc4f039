/**
 * The exercises of chapter 3, the chain rule: prompts, working steps and hints. Part of the
 * `exercises2` area (../exercises2.ts).
 */
type S = string;

export const chain = {
  // ---- Chapter 3: the add node.
  'ex.chain.addNode.prompt': ({ x, y, dout }: { x: S; y: S; dout: S }) =>
    `An add node computed z = x + y with x = ${x} and y = ${y}. The upstream gradient dout = ${dout} arrives from the right. What gradient dx does the node send back to x?`,
  'ex.chain.addNode.work.local': 'Both local derivatives of an add node are 1: ∂z/∂x = ∂z/∂y = 1.',
  'ex.chain.addNode.work.product': ({ dout, dx }: { dout: S; dx: S }) =>
    `So dx = dout × 1 = ${dout} × 1 = ${dx}. The values of x and y play no part.`,
  'ex.chain.addNode.hint.forward':
    'That is z = x + y, the forward value. Backward, the node sends the upstream gradient times its local derivative.',
  'ex.chain.addNode.hint.multiply':
    'That is dout × y, the rule of a multiply node. An add node’s local derivative is 1, so it passes dout on unchanged.',
  'ex.chain.addNode.hint.local':
    '1 is the local derivative alone. Multiply it by the upstream gradient dout.',

  // ---- Chapter 3: the multiply node.
  'ex.chain.mulNode.prompt': ({ x, y, dout }: { x: S; y: S; dout: S }) =>
    `A multiply node computed z = x · y with x = ${x} and y = ${y}. The upstream gradient is dout = ${dout}. What gradient dx does the node send back to x?`,
  'ex.chain.mulNode.work.local': ({ y }: { y: S }) =>
    `The local derivative of z = x · y with respect to x is the other input: ∂z/∂x = y = ${y}.`,
  'ex.chain.mulNode.work.product': ({ dout, y, dx }: { dout: S; y: S; dx: S }) =>
    `So dx = dout · y = ${dout} × ${y} = ${dx}.`,
  'ex.chain.mulNode.hint.unswapped':
    'That is dout · x. A multiply node swaps its inputs: x receives dout times the other input, y.',
  'ex.chain.mulNode.hint.noUpstream':
    'That is the local derivative y alone. Multiply it by the upstream gradient dout.',
  'ex.chain.mulNode.hint.forward':
    'That is z = x · y, the forward value. The question asks for the gradient sent back to x.',
  'ex.chain.mulNode.hint.addRule':
    'That is dout passed on unchanged, as an add node would. A multiply node multiplies dout by the other input.',

  // ---- Chapter 3: the chain rule on L = (x + y)².
  'ex.chain.squareOfSum.prompt': ({ x, y }: { x: S; y: S }) =>
    `Let L = (x + y)², computed by two nodes: t = x + y, then L = t². With x = ${x} and y = ${y}, what is ∂L/∂x?`,
  'ex.chain.squareOfSum.work.forward': ({ t, L }: { t: S; L: S }) =>
    `Forward: t = x + y = ${t}, and L = t² = ${L}.`,
  'ex.chain.squareOfSum.work.square': ({ dt }: { dt: S }) =>
    `The square node’s local derivative is 2t = ${dt}. Starting from ∂L/∂L = 1, it sends ∂L/∂t = 1 × ${dt} = ${dt} back.`,
  'ex.chain.squareOfSum.work.add': ({ dt, dx }: { dt: S; dx: S }) =>
    `The add node’s local derivative is 1, so ∂L/∂x = ${dt} × 1 = ${dx}.`,
  'ex.chain.squareOfSum.hint.value':
    'That is L itself, the forward value. The question asks how fast L changes as x changes.',
  'ex.chain.squareOfSum.hint.noTwo':
    'That is t = x + y. The square node’s local derivative is 2t, not t.',
  'ex.chain.squareOfSum.hint.onlyX':
    'That is 2x, the derivative of x² alone. The square’s input is t = x + y, so its local derivative is 2t.',
  'ex.chain.squareOfSum.hint.noT': 'That is the 2 of 2t without the t. Evaluate 2t at t = x + y.',

  // ---- Chapter 3: a value used twice.
  'ex.chain.branchSum.prompt': ({ x, y, z }: { x: S; y: S; z: S }) =>
    `In L = y · x + x · z the input x feeds two multiply nodes. With x = ${x}, y = ${y} and z = ${z}, what is ∂L/∂x?`,
  'ex.chain.branchSum.work.path1': ({ path1 }: { path1: S }) =>
    `Path ① (y · x) sends x the upstream gradient 1 times the other input, y: ${path1}.`,
  'ex.chain.branchSum.work.path2': ({ path2 }: { path2: S }) =>
    `Path ② (x · z) sends x the upstream gradient 1 times z: ${path2}.`,
  'ex.chain.branchSum.work.sum': ({ path1, path2, dx }: { path1: S; path2: S; dx: S }) =>
    `Where the paths meet at x their gradients add: ∂L/∂x = ${path1} + ${path2} = ${dx}.`,
  'ex.chain.branchSum.hint.onePath':
    'That is what one path sends. x is used twice, so add what both paths send back.',
  'ex.chain.branchSum.hint.product':
    'That multiplies the two paths’ gradients. Where paths meet on the way back, their gradients add.',
  'ex.chain.branchSum.hint.value':
    'That is L, the forward value. The question asks for its gradient with respect to x.',
} as const;
