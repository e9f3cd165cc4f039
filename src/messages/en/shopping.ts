/** The shopping trip (chapters 2–4): its inputs, results and the run output of `buyAppleOrange`. */
export const shopping = {
  'shopping.applePrice': 'Apple price',
  'shopping.appleCount': 'Number of apples',
  'shopping.orangePrice': 'Orange price',
  'shopping.orangeCount': 'Number of oranges',
  'shopping.tax': 'Tax',

  /** The inputs as the gradients name them, e.g. ∂payment/∂apple price. */
  'shopping.name.applePrice': 'apple price',
  'shopping.name.apples': 'apples',
  'shopping.name.numberOfApples': 'number of apples',
  'shopping.name.orangePrice': 'orange price',
  'shopping.name.oranges': 'oranges',
  'shopping.name.numberOfOranges': 'number of oranges',
  'shopping.name.tax': 'tax',
  'shopping.name.payment': 'payment',
  'shopping.gradient': ({ input }: { input: string }) => `∂payment/∂${input}`,

  'shopping.payment': 'Payment',
  'shopping.backward': 'Backward: how much the payment changes per unit of each input',
  'shopping.announce': ({
    payment,
    applePrice,
    apples,
    orangePrice,
    oranges,
    tax,
  }: {
    payment: string;
    applePrice: string;
    apples: string;
    orangePrice: string;
    oranges: string;
    tax: string;
  }) =>
    `Payment ${payment}. Gradients: apple price ${applePrice}, apples ${apples}, ` +
    `orange price ${orangePrice}, oranges ${oranges}, tax ${tax}.`,

  /** `buyAppleOrange`'s run output; `fn` is the function's name, set as code. */
  'shopping.run.label': ({ fn }: { fn: string }) => `Run output of ${fn}`,
  'shopping.run.caption': ({ fn }: { fn: string }) => `Out: what ${fn} returns`,
  'shopping.run.name': 'name',
  'shopping.run.rounded': 'rounded',
  'shopping.run.exact': 'exact float',
  'shopping.run.truncated': 'truncated',
  'shopping.run.forward': 'forward',
  'shopping.run.backward': 'backward (gradients)',
  'shopping.run.announce': ({
    price,
    dApple,
    dAppleNum,
    dOrange,
    dOrangeNum,
    dTax,
  }: {
    price: string;
    dApple: string;
    dAppleNum: string;
    dOrange: string;
    dOrangeNum: string;
    dTax: string;
  }) =>
    `Payment ${price}; dApple ${dApple}, dApple_num ${dAppleNum}, dOrange ${dOrange}, ` +
    `dOrange_num ${dOrangeNum}, dTax ${dTax}`,
} as const;
